using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Finds the files of the repository the tests run from (views, docs)
/// </summary>
public static class RepositoryFiles
{
    /// <summary>
    /// Gets the repository root: the folder above the test directory that holds the solution
    /// </summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Payments.Tamara.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("The repository root (Nop.Plugin.Payments.Tamara.sln) was not found above the test directory.");
    }
}
