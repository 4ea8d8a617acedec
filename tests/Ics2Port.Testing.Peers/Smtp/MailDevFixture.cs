namespace Ics2Port.Testing.Peers.Smtp;

using Xunit;

/// <summary>One maildev per test class (<c>IClassFixture&lt;MailDevFixture&gt;</c>); tests clear it or filter by recipient.</summary>
public sealed class MailDevFixture : IAsyncLifetime
{
    private MailDevServer? _server;

    public MailDevServer Server => _server ?? throw new InvalidOperationException("maildev has not started.");

    public async Task InitializeAsync() => _server = await MailDevServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
