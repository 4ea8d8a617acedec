namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Net.Http.Json;
using System.Text.Json;
using Ics2Port.PeerSimulators;

/// <summary>The port-system and EDS simulators for one test class, driven through their control API.</summary>
public sealed class PeerSimulatorFixture : IAsyncLifetime
{
    private PeerSimulatorHost? _host;

    public PeerSimulatorHost Host => _host ?? throw new InvalidOperationException("The simulators have not started.");

    public async Task InitializeAsync() => _host = await PeerSimulatorHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public async Task ResetAsync(string peer)
    {
        using var control = Control();
        using var response = await control.PostAsync($"_control/{peer}/reset", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task SetAvailableAsync(string peer, bool available)
    {
        using var control = Control();
        using var response = await control.PostAsJsonAsync($"_control/{peer}/availability", new { available });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Makes <paramref name="peer"/> wait before every answer, so a run that calls it is still running when another starts.</summary>
    public async Task SetDelayAsync(string peer, TimeSpan delay)
    {
        using var control = Control();
        using var response = await control.PostAsJsonAsync($"_control/{peer}/delay", new { milliseconds = (int)delay.TotalMilliseconds });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Makes the port system answer every new version of <paramref name="documentType"/> with <paramref name="decision"/> (an object with outcome, permitNumber, reason, office).</summary>
    public async Task SetPortSystemDecisionAsync(string documentType, object decision)
    {
        using var control = Control();
        using var response = await control.PostAsJsonAsync($"_control/{PeerNames.PortSystem}/answers/{documentType}", new { decision });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Makes the port system refuse (422) every new version of <paramref name="documentType"/>.</summary>
    public async Task SetPortSystemRefusalAsync(string documentType, string refusal)
    {
        using var control = Control();
        using var response = await control.PostAsJsonAsync($"_control/{PeerNames.PortSystem}/answers/{documentType}", new { refusal });
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> ReceivedAsync(string peer)
    {
        using var control = Control();
        return await control.GetFromJsonAsync<JsonElement>($"_control/{peer}/received");
    }

    private HttpClient Control() => new() { BaseAddress = Host.BaseUrl };
}
