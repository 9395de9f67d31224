using System.Diagnostics;

namespace Transcribe.Benchmarks.Tiling;

/// <summary>nginx serving the same tile files, the reference for our tile server (installed for the benchmark only).</summary>
sealed class Nginx : IAsyncDisposable
{
    readonly Process process;
    public string BaseUrl { get; }

    Nginx(Process process, string baseUrl) => (this.process, BaseUrl) = (process, baseUrl);

    public static async Task<Nginx> StartAsync(string tiles, string work)
    {
        string prefix = Path.Combine(work, "nginx");
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        // The same headers our server sends, so both answer the same bytes.
        string config = $$"""
            worker_processes auto;
            daemon off;
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                types { image/jpeg jpg; }
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    location /iiif/ {
                        alias {{tiles}}/;
                        add_header Cache-Control "public, max-age=31536000, immutable";
                        add_header Access-Control-Allow-Origin *;
                    }
                }
            }
            """;
        string file = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(file, config);
        var info = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx") { RedirectStandardError = true };
        foreach (string arg in new[] { "-c", file, "-p", prefix }) info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start (apt-get install nginx-light)");
        string url = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        for (int i = 0; i < 100; i++)
        {
            try { await http.GetAsync(url + "/"); return new Nginx(process, url); }
            catch (HttpRequestException) { await Task.Delay(50); }
        }
        throw new InvalidOperationException("nginx did not answer: " + await process.StandardError.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
