using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Signpost.Web.Tests.StoreOutage;

/// <summary>
/// A PostgreSQL 15 server of the test's own, in a temporary folder on a free loopback port, that the test
/// may stop and start without harming the server the other tests share. initdb and pg_ctl refuse to run
/// as root, so as root they run as the postgres user.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    public const string Bin = "/usr/lib/postgresql/15/bin";

    private readonly string folder;
    private readonly int port;

    private ThrowawayPostgres(string folder, int port)
    {
        this.folder = folder;
        this.port = port;
    }

    public static bool Installed => File.Exists(Path.Combine(Bin, "pg_ctl"));

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Database=postgres;Username=postgres;Timeout=5;Command Timeout=30";

    private string Data => Path.Combine(folder, "data");

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("signpost-pg-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // initdb runs as the postgres user and must create its data folder in here.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }
        var server = new ThrowawayPostgres(folder, FreePort());
        await server.RunAsync("initdb", "-D", server.Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        await server.StartAgainAsync();
        return server;
    }

    public Task StopAsync() => RunAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "stop");

    public Task StartAgainAsync() => RunAsync(
        "pg_ctl", "-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(folder, recursive: true);
    }

    private async Task RunAsync(string tool, params string[] args)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(Bin, tool))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            foreach (var arg in new[] { "-u", "postgres", "--", Path.Combine(Bin, tool) })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
