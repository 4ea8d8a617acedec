namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

/// <summary>Who sees which fallback case.</summary>
[Collection("azurite")]
public sealed class FallbackCasesAccessTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;
    private string _caseA = null!;
    private string _caseB = null!;

    public async Task InitializeAsync()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallA = await _harness.CreatePortCallAsync(_harness.AgentA);
        var portCallB = await _harness.CreatePortCallAsync(_harness.AgentB);
        await _harness.AnnounceOutageAsync();
        _caseA = (await FallbackHarness.FileAsync(_harness.AgentA, portCallA, "fal4", Api.Json(Samples.Fal4))).GetProperty("documentId").GetString() + "-v1";
        _caseB = (await FallbackHarness.FileAsync(_harness.AgentB, portCallB, "fal4", Api.Json(Samples.Fal4))).GetProperty("documentId").GetString() + "-v1";
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ListCases_EachPrincipal_AgentsTheirOwnAuthorityAll()
    {
        var seenBy = await Task.WhenAll(
            _harness.CasesAsync(_harness.AgentA),
            _harness.CasesAsync(_harness.AgentB),
            _harness.CasesAsync(_harness.Authority));

        Assert.Equal([_caseA], seenBy[0].Keys);
        Assert.Equal([_caseB], seenBy[1].Keys);
        Assert.Equal(new[] { _caseA, _caseB }.Order(), seenBy[2].Keys.Order());
    }

    [Fact]
    public async Task GetCase_OtherAgentsCase_404AsIfItDidNotExist()
    {
        using var response = await _harness.AgentB.GetAsync($"/api/fallback/cases/{_caseA}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("https://ics2port.dev/problems/not-found", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task GetCaseOrSummary_SupplierKeyOnAnAgentsDocument_404()
    {
        using var caseResponse = await _harness.Supplier.GetAsync($"/api/fallback/cases/{_caseA}");
        using var summary = await _harness.Supplier.GetAsync($"/api/fallback/cases/{_caseA}/summary");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (caseResponse.StatusCode, summary.StatusCode));
    }

    [Fact]
    public async Task ListCases_ByState_OnlyThatState()
    {
        var pending = await _harness.CasesAsync(state: "pending");
        var reentered = await _harness.CasesAsync(state: "re-entered");
        using var unknown = await _harness.Authority.GetAsync("/api/fallback/cases?state=lost");

        Assert.Equal(new[] { _caseA, _caseB }.Order(), pending.Keys.Order());
        Assert.Empty(reentered);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
