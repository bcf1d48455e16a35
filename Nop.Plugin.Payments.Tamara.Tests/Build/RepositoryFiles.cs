namespace Nop.Plugin.Payments.Tamara.Tests.Build;

/// <summary>The repository the tests were built from, found from the test assembly's folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Nop.Plugin.Payments.Tamara.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No Nop.Plugin.Payments.Tamara.sln above {AppContext.BaseDirectory}");
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Copies a folder, leaving out build output (bin, obj).</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj")))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
