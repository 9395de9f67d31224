using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Transcribe.Web.Tests.Support;

/// <summary>Another institution's web server on loopback: serves a folder, as a museum's IIIF server would.</summary>
public sealed class StaticServer : IAsyncDisposable
{
    readonly WebApplication app;
    public string Folder { get; }
    public string BaseUrl { get; }

    StaticServer(WebApplication app, string baseUrl, string folder) => (this.app, BaseUrl, Folder) = (app, baseUrl, folder);

    public static async Task<StaticServer> StartAsync()
    {
        string folder = Directory.CreateTempSubdirectory("transcribe-remote-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".json"] = "application/json";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ContentTypeProvider = types, ServeUnknownFileTypes = true });
        await app.StartAsync();
        string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticServer(app, url, folder);
    }

    public string PathOf(string relative)
    {
        string path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
