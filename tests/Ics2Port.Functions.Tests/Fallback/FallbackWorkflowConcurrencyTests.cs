namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.PeerSimulators;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>Several workers and crashed workers: nothing is sent twice by accident, and a crash costs at most one repeat.</summary>
[Collection("azurite")]
public sealed class FallbackWorkflowConcurrencyTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task FallbackWorkflow_TwoInstancesAtOnce_EachLetterAndEachReentryOnce()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var second = await _harness.StartInstanceAsync();
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        foreach (var (type, content, _) in FallbackHarness.ArrivalDocuments())
        {
            await FallbackHarness.FileAsync(_harness.AgentA, portCallId, type, content());
        }

        var duringOutage = await Task.WhenAll(FallbackHarness.InvokeTimerAsync(_harness.App), FallbackHarness.InvokeTimerAsync(second));
        await _harness.RestoreAsync(outageId);
        var afterRestoration = await Task.WhenAll(FallbackHarness.InvokeTimerAsync(_harness.App), FallbackHarness.InvokeTimerAsync(second));

        var letters = (await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray().ToList();
        var cases = await _harness.CasesAsync();
        Assert.All(duringOutage.Concat(afterRestoration), response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(3, letters.Count);
        Assert.All(letters, letter => Assert.Equal(1, letter.GetProperty("requests").GetInt32()));
        Assert.All(cases.Values, fallbackCase => Assert.Equal(("re-entered", "eds sent, re-entry delivered"), (fallbackCase.State(), fallbackCase.Attempts())));
        Assert.Equal([1, 1, 1], (await _harness.PortSystemRequestsAsync()).Values);
    }

    [Fact]
    public async Task CaseAttempts_TwoWorkersHoldingTheSameRead_OnlyOneActs()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var deliveries = _harness.App.Services.GetRequiredService<DeliveryStore>();
        var caseAttempts = _harness.App.Services.GetRequiredService<CaseAttempts>();
        var read = (await deliveries.GetAsync(portCallId, "arrival", "fal4", receipt.GetProperty("version").GetInt32()))!;
        var acts = 0;

        var results = await Task.WhenAll(Enumerable.Range(1, 2).Select(worker => caseAttempts.RunAsync(
            read,
            AttemptChannels.Eds,
            $"worker-{worker}",
            holdsLease: false,
            async (_, token) =>
            {
                Interlocked.Increment(ref acts);
                await Task.Delay(200, token);
                return new AttemptResult(AttemptOutcomes.Sent, Domain.Fallback.FallbackEvent.EdsLetterSent, Reference: "letter");
            },
            CancellationToken.None)));

        var stored = (await deliveries.RefreshAsync(read))!;
        Assert.Equal(1, acts);
        Assert.Single(results, result => result is not null);
        Assert.Equal(("fallback-eds", 1), (stored.State, stored.Attempts.Count));
    }

    [Fact]
    public async Task FallbackWorkflow_CrashAfterEmailSentBeforeItWasRecorded_ResentOnceWithTheSameMessageId()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, services: services =>
            services.AddSingleton<IFallbackMailer>(provider => new CrashingMailer(
                new FallbackMailer(provider.GetRequiredService<IOptions<SmtpOptions>>(), provider.GetRequiredService<DocumentSigner>()))));
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var caseId = $"{receipt.GetProperty("documentId").GetString()}-v1";
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        using var crashed = await FallbackHarness.InvokeTimerAsync(_harness.App);
        var leftStarted = (await _harness.CasesAsync())[caseId];
        var restarted = await _harness.StartInstanceAsync();
        await _harness.StopInstanceAsync(_harness.App);
        using var authority = restarted.Client(Hosting.TestApp.AuthorityKey);

        using var resumed = await FallbackHarness.InvokeTimerAsync(restarted);

        var messages = await mail.Server.WaitForMessagesAsync(2, TimeSpan.FromSeconds(15));
        var recovered = (await authority.GetFromJsonElementAsync($"/api/fallback/cases/{caseId}"));
        var messageId = recovered.GetProperty("attempts")[1].GetProperty("reference").GetString();
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(("fallback-email", "eds unavailable, email started"), (leftStarted.State(), leftStarted.Attempts()));
        Assert.Equal(messageId, leftStarted.GetProperty("attempts")[1].GetProperty("reference").GetString());
        Assert.Equal(("fallback-email", "eds unavailable, email sent"), (recovered.State(), recovered.Attempts()));
        Assert.Equal(1, recovered.GetProperty("attempts")[1].GetProperty("resumptions").GetInt32());
        Assert.Equal([messageId, messageId], messages.Select(message => message.MessageId));
    }
}
