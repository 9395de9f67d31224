namespace Transcribe.Web;

/// <summary>
/// wwwroot/ lives at the repository root. Serve it from there while developing (edits show on
/// reload), and from the copy beside the app when published.
/// </summary>
public static class WebRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Transcribe.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                return Path.Combine(dir.FullName, "wwwroot");
        }
        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
