namespace Ics2Port.Testing.Peers.Smtp;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;

/// <summary>
/// A real SMTP server for tests: maildev from <c>tools/node_modules/maildev</c> under the folder holding
/// <c>Ics2Port.sln</c> (or the script named by <c>ICS2PORT_MAILDEV_JS</c>), on free loopback ports, keeping mail in a
/// temporary folder. Its REST API shows what arrived. There is no fallback: a missing node or maildev fails.
/// </summary>
public sealed class MailDevServer : IAsyncDisposable
{
    private const string Host = "127.0.0.1";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _mailDirectory;
    private readonly HttpClient _web;

    private MailDevServer(Process process, StringBuilder output, string mailDirectory, int smtpPort, int webPort)
    {
        _process = process;
        _output = output;
        _mailDirectory = mailDirectory;
        SmtpPort = smtpPort;
        WebBaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{Host}:{webPort}/"));
        _web = new HttpClient { BaseAddress = WebBaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>The SMTP host, a loopback address.</summary>
    public string SmtpHost { get; } = Host;

    /// <summary>The SMTP port (no TLS; a login only when started with one).</summary>
    public int SmtpPort { get; }

    /// <summary>maildev's web UI and REST API, e.g. <c>GET email</c>.</summary>
    public Uri WebBaseUrl { get; }

    /// <summary>Everything the process has written so far.</summary>
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

    /// <summary>Starts maildev on free ports and waits until SMTP and the REST API answer.</summary>
    /// <param name="login">When given, SMTP takes mail only from a sender that logged in with it (AUTH over plain SMTP).</param>
    /// <param name="cancellationToken">Stops waiting for maildev.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException">node or maildev is missing, or maildev did not start.</exception>
    public static async Task<MailDevServer> StartAsync(NetworkCredential? login = null, CancellationToken cancellationToken = default)
    {
        var script = LocateScript();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(script, login, cancellationToken).ConfigureAwait(false);
            }
            catch (PortTakenException) when (attempt < StartAttempts)
            {
                // Another process took a port between choosing it and maildev binding it; choose again.
            }
        }
    }

    /// <summary>Every message received so far, oldest first, with attachment bytes.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> GetMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var document = await _web.GetFromJsonAsync<JsonDocument>("email", cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("maildev answered GET /email with nothing.");
        var messages = new List<ReceivedMail>();
        foreach (var message in document.RootElement.EnumerateArray())
        {
            messages.Add(await ReadAsync(message, cancellationToken).ConfigureAwait(false));
        }

        return messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (maildev files a message just after SMTP accepts it).</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var messages = await GetMessagesAsync(cancellationToken).ConfigureAwait(false);
            if (messages.Count >= count || deadline.Elapsed > timeout)
            {
                return messages;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes every message received so far.</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _web.DeleteAsync("email/all", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Kills the process tree and removes the mail folder.</summary>
    public async ValueTask DisposeAsync()
    {
        _web.Dispose();
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
        DeleteDirectory(_mailDirectory);
    }

    private static async Task<MailDevServer> StartOnceAsync(string script, NetworkCredential? login, CancellationToken cancellationToken)
    {
        var node = Environment.GetEnvironmentVariable("ICS2PORT_NODE") is { Length: > 0 } configured ? configured : "node";
        var (smtpPort, webPort) = FreePorts();
        var mailDirectory = Directory.CreateTempSubdirectory("ics2port-maildev-").FullName;
        var startInfo = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = mailDirectory,
        };
        foreach (var argument in new[]
        {
            script, "--smtp", Number(smtpPort), "--web", Number(webPort), "--ip", Host, "--mail-directory", mailDirectory,
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (login is not null)
        {
            // Through the environment, so the password stays out of the command line and of the failure reports.
            startInfo.Environment["MAILDEV_INCOMING_USER"] = login.UserName;
            startInfo.Environment["MAILDEV_INCOMING_PASS"] = login.Password;
        }

        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(Snapshot().Contains("EADDRINUSE", StringComparison.Ordinal)
            ? new PortTakenException()
            : new InvalidOperationException($"maildev exited with code {process.ExitCode} before it was ready.{Environment.NewLine}{Snapshot()}"));
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            DeleteDirectory(mailDirectory);
            throw new InvalidOperationException($"Cannot start '{node}' to run maildev; install Node.js or set ICS2PORT_NODE.", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailDevServer(process, output, mailDirectory, smtpPort, webPort);
        try
        {
            await listening.Task.WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
            await server.WaitUntilHealthyAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch (Exception e)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            if (e is TimeoutException)
            {
                throw new InvalidOperationException($"maildev did not report listening within {StartTimeout.TotalSeconds} s.{Environment.NewLine}{Snapshot()}", e);
            }

            throw;
        }

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
                var text = output.ToString();
                if (text.Contains("SMTP Server running at", StringComparison.Ordinal) && text.Contains("webapp running at", StringComparison.Ordinal))
                {
                    listening.TrySetResult();
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

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var smtp = new TcpClient();
                await smtp.ConnectAsync(Host, SmtpPort, cancellationToken).ConfigureAwait(false);
                using var health = await _web.GetAsync("healthz", cancellationToken).ConfigureAwait(false);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is SocketException or HttpRequestException && deadline.Elapsed < StartTimeout)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed >= StartTimeout)
            {
                throw new TimeoutException();
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ReceivedMail> ReadAsync(JsonElement message, CancellationToken cancellationToken)
    {
        var id = message.GetProperty("id").GetString()!;
        var attachments = new List<ReceivedMailAttachment>();
        if (message.TryGetProperty("attachments", out var listed) && listed.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in listed.EnumerateArray())
            {
                // maildev serves an attachment under its generated name, not the name the sender gave it.
                var stored = attachment.GetProperty("generatedFileName").GetString()!;
                var content = await _web.GetByteArrayAsync($"email/{id}/attachment/{Uri.EscapeDataString(stored)}", cancellationToken).ConfigureAwait(false);
                attachments.Add(new ReceivedMailAttachment(
                    attachment.GetProperty("fileName").GetString()!,
                    attachment.GetProperty("contentType").GetString()!,
                    content));
            }
        }

        var headers = message.GetProperty("headers");
        return new ReceivedMail(
            id,
            message.GetProperty("from")[0].GetProperty("address").GetString()!,
            [.. message.GetProperty("to").EnumerateArray().Select(to => to.GetProperty("address").GetString()!)],
            message.GetProperty("subject").GetString() ?? string.Empty,
            headers.TryGetProperty("message-id", out var messageId) ? messageId.GetString()! : string.Empty,
            message.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty,
            attachments);
    }

    private static (int Smtp, int Web) FreePorts()
    {
        // Both listeners are held at once so the two ports differ.
        var smtp = new TcpListener(IPAddress.Loopback, 0);
        var web = new TcpListener(IPAddress.Loopback, 0);
        smtp.Start();
        web.Start();
        try
        {
            return (((IPEndPoint)smtp.LocalEndpoint).Port, ((IPEndPoint)web.LocalEndpoint).Port);
        }
        finally
        {
            smtp.Stop();
            web.Stop();
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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

    private static void DeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }

    private static string LocateScript()
    {
        if (Environment.GetEnvironmentVariable("ICS2PORT_MAILDEV_JS") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"ICS2PORT_MAILDEV_JS names '{configured}', which does not exist.");
        }

        foreach (var start in SearchStarts())
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Ics2Port.sln")))
                {
                    var script = Path.Combine(directory.FullName, "tools", "node_modules", "maildev", "bin", "maildev");
                    return File.Exists(script)
                        ? script
                        : throw new InvalidOperationException($"maildev is not installed at '{script}'; run 'npm ci' in '{Path.Combine(directory.FullName, "tools")}'.");
                }
            }
        }

        throw new InvalidOperationException(
            $"No Ics2Port.sln above '{string.Join("', '", SearchStarts())}'; set ICS2PORT_MAILDEV_JS to maildev's bin/maildev.");
    }

    // The test output folder first, then the source folder this assembly was built from.
    private static IEnumerable<string> SearchStarts() =>
        new[]
        {
            AppContext.BaseDirectory,
            typeof(MailDevServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == "Ics2Port.SourceRoot")?.Value,
        }.OfType<string>();

    private sealed class PortTakenException : Exception;
}
