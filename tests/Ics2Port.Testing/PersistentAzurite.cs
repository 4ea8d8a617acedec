using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ics2Port.Testing;

/// <summary>
/// An Azurite that keeps its data on disk (<c>-l &lt;dir&gt;</c>) and can be stopped and started again on the
/// same ports, for tests where storage goes away in the middle of work and comes back with what it had.
/// </summary>
/// <remarks>
/// Azurite writes its metadata to disk every 5 s and when it shuts down, so <see cref="StopAsync"/> shuts it
/// down (SIGTERM) rather than killing it: a SIGKILL would lose writes it has already acknowledged, a property
/// of the emulator that real Storage does not have.
/// </remarks>
public sealed class PersistentAzurite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _script;
    private readonly string _dataDirectory;
    private Process? _process;

    private PersistentAzurite(string script, string dataDirectory, int blobPort, int tablePort, int queuePort)
    {
        _script = script;
        _dataDirectory = dataDirectory;
        BlobPort = blobPort;
        TablePort = tablePort;
        QueuePort = queuePort;
    }

    /// <summary>The Blob service port, the same across restarts.</summary>
    public int BlobPort { get; }

    /// <summary>The Table service port, the same across restarts.</summary>
    public int TablePort { get; }

    /// <summary>The Queue service port, the same across restarts.</summary>
    public int QueuePort { get; }

    /// <summary>A Shared Key connection string for the well-known account on the given Blob and Table ports (defaults: this server's), and this server's Queue port.</summary>
    /// <param name="blobPort">The Blob port to name, e.g. a proxy's.</param>
    /// <param name="tablePort">The Table port to name, e.g. a proxy's.</param>
    /// <returns>The connection string.</returns>
    public string ConnectionString(int? blobPort = null, int? tablePort = null) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{blobPort ?? BlobPort}/{AzuriteServer.AccountName};"
        + $"TableEndpoint=http://127.0.0.1:{tablePort ?? TablePort}/{AzuriteServer.AccountName};"
        + $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AzuriteServer.AccountName};";

    /// <summary>Starts Azurite on two free ports with a fresh data folder.</summary>
    /// <returns>The running server.</returns>
    public static async Task<PersistentAzurite> StartAsync()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ics2port-azurite-").FullName;
        var server = new PersistentAzurite(AzuriteScript.Locate(), dataDirectory, LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free());
        await server.RestartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Starts the stopped server again on the same ports and data.</summary>
    /// <returns>A task that completes when Blob and Table listen.</returns>
    public async Task RestartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("Azurite is still running.");
        }

        _process?.Dispose();
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("ICS2PORT_NODE") is { Length: > 0 } node ? node : "node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dataDirectory,
        };
        foreach (var argument in new[]
        {
            _script, "-l", _dataDirectory, "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--disableTelemetry", "--loose",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("Cannot start node for Azurite.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await ListensAsync(BlobPort).ConfigureAwait(false) || !await ListensAsync(TablePort).ConfigureAwait(false) || !await ListensAsync(QueuePort).ConfigureAwait(false))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Azurite did not listen on {BlobPort} and {TablePort} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>Shuts Azurite down (SIGTERM), which writes what it acknowledged to disk, and waits for it to exit.</summary>
    /// <returns>A task that completes when the process has exited.</returns>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync().ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Azurite did not shut down within {StopTimeout.TotalSeconds} s.");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
