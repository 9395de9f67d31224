namespace Transcribe.Benchmarks;

/// <summary>Finds the repository (the folder holding Transcribe.sln) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Transcribe.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The Mutual Muses folder: --data when given, else ../shared/data/mutual-muses next to the repository.</summary>
    public static string MutualMusesFolder(string? option) =>
        option ?? Path.GetFullPath(Path.Combine(RepositoryRoot() ?? Directory.GetCurrentDirectory(), "..", "shared", "data", "mutual-muses"));
}
