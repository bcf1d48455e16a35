using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Nop.Plugin.Payments.Tamara.Tests.Browser;

/// <summary>
/// Debian's chromium, headless, through Debian's chromium-driver: nothing is downloaded (.ci/run installs both packages)
/// </summary>
public static class HeadlessChromium
{
    public const string BROWSER = "/usr/bin/chromium";
    public const string DRIVER = "/usr/bin/chromedriver";

    /// <summary>
    /// Starts the browser; fails (never skips) when the packages are missing
    /// </summary>
    /// <param name="headers">Headers sent with every request (how the test store knows its shopper)</param>
    public static ChromeDriver Start(IDictionary<string, string> headers)
    {
        if (!File.Exists(BROWSER) || !File.Exists(DRIVER))
            Assert.Fail($"The browser tests need {BROWSER} and {DRIVER}: apt-get install chromium chromium-driver (.ci/run does it)");

        //Selenium Manager must never look for a browser or a driver to download
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DRIVER)!, Path.GetFileName(DRIVER));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BROWSER };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-proxy-server",
            "--window-size=900,1000", "--lang=en-US");

        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.ExecuteCdpCommand("Network.enable", new Dictionary<string, object?>());
        driver.ExecuteCdpCommand("Network.setExtraHTTPHeaders", new Dictionary<string, object?> { ["headers"] = headers.ToDictionary(header => header.Key, header => (object)header.Value) });
        return driver;
    }

    /// <summary>
    /// Saves a screenshot under the test output (browser-screenshots/) and attaches it to the test
    /// </summary>
    public static void KeepScreenshot(IWebDriver driver, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        TestContext.AddTestAttachment(path, name);
    }
}
