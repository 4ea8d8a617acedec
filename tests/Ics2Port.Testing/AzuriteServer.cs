using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ics2Port.Testing;

/// <summary>
/// A real Azurite process (Blob, Queue and Table on free loopback ports, in-memory) for tests.
/// Started from <c>tools/node_modules/azurite</c> under the folder holding <c>Ics2Port.sln</c>, or from
/// the script named by <c>ICS2PORT_AZURITE_JS</c>. There is no fallback: a missing node or Azurite fails.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>The emulator's well-known account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known account key.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output;
    private int _disposed;

    private AzuriteServer(Process process, StringBuilder output, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        BlobEndpoint = new Uri($"http://127.0.0.1:{blobPort}/{AccountName}");
        QueueEndpoint = new Uri($"http://127.0.0.1:{queuePort}/{AccountName}");
        TableEndpoint = new Uri($"http://127.0.0.1:{tablePort}/{AccountName}");
    }

    /// <summary>The Blob endpoint, path-style: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>The Queue endpoint, path-style.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>The Table endpoint, path-style.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>A Shared Key connection string for the well-known account on this server's ports.</summary>
    public string ConnectionString => ConnectionStringWithBlobPort(BlobEndpoint.Port);

    /// <summary>The same connection string with the Blob endpoint on another loopback port, e.g. a proxy's.</summary>
    /// <param name="blobPort">The port the Blob requests go to.</param>
    /// <returns>The connection string.</returns>
    public string ConnectionStringWithBlobPort(int blobPort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>Everything the process has written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Whether the process has exited (e.g. after <see cref="Kill"/>).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts Azurite and waits until its Blob, Queue and Table services listen.</summary>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException">node or Azurite is missing, or Azurite exited or did not start within 30 s.</exception>
    public static async Task<AzuriteServer> StartAsync()
    {
        var script = LocateScript();
        var node = Environment.GetEnvironmentVariable("ICS2PORT_NODE") is { Length: > 0 } n ? n : "node";
        var startInfo = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[]
        {
            script, "--blobPort", "0", "--queuePort", "0", "--tablePort", "0", "--blobHost", "127.0.0.1",
            "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1", "--inMemoryPersistence",
            "--skipApiVersionCheck", "--disableTelemetry", "--loose",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (Environment.GetEnvironmentVariable("ICS2PORT_AZURITE_DEBUG") is { Length: > 0 } debugLog)
        {
            startInfo.ArgumentList.Add("--debug");
            startInfo.ArgumentList.Add(debugLog);
        }

        var output = new StringBuilder();
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
            $"Azurite exited with code {process.ExitCode} before it was ready.{Environment.NewLine}{Snapshot()}"));

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException(
                $"Cannot start '{node}' to run Azurite; install Node.js or set ICS2PORT_NODE.", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(StartTimeout).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            KillTree(process);
            process.Dispose();
            if (e is TimeoutException)
            {
                throw new InvalidOperationException(
                    $"Azurite did not report listening within {StartTimeout.TotalSeconds} s.{Environment.NewLine}{Snapshot()}", e);
            }

            throw;
        }

        return new AzuriteServer(process, output, ports["Blob"], ports["Queue"], ports["Table"]);

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
                var match = ListeningLine().Match(line);
                if (match.Success)
                {
                    ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
        }

        string Snapshot()
        {
            lock (output)
            {
                return $"Command: {node} {string.Join(' ', startInfo.ArgumentList)}{Environment.NewLine}Output:{Environment.NewLine}{output}";
            }
        }
    }

    /// <summary>Kills the process tree at once, as a crash would; the server stays unusable.</summary>
    public void Kill()
    {
        KillTree(_process);
        _process.WaitForExit(10_000);
    }

    /// <summary>Kills the process tree and releases the process; later calls do nothing.</summary>
    /// <returns>A task that completes when the process has exited.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        KillTree(_process);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in time; nothing more to do from here.
        }

        _process.Dispose();
    }

    private static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string LocateScript()
    {
        if (Environment.GetEnvironmentVariable("ICS2PORT_AZURITE_JS") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"ICS2PORT_AZURITE_JS names '{configured}', which does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ics2Port.sln")))
            {
                var script = Path.Combine(directory.FullName, "tools", "node_modules", "azurite", "dist", "src", "azurite.js");
                return File.Exists(script)
                    ? script
                    : throw new InvalidOperationException(
                        $"Azurite is not installed at '{script}'; run 'npm ci' in '{Path.Combine(directory.FullName, "tools")}'.");
            }
        }

        throw new InvalidOperationException(
            $"No Ics2Port.sln above '{AppContext.BaseDirectory}'; set ICS2PORT_AZURITE_JS to azurite.js.");
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^\s:]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
