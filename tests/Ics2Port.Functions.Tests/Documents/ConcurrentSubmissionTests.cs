using System.Net;
using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Documents;

/// <summary>
/// Submissions that race: every rule is decided against the port call's head as it was read, and the commit holds only if
/// no document of the port call changed meanwhile, so two documents checked against each other's old versions cannot both
/// be accepted; and one body sent many times at once is one version.
/// </summary>
[Collection("azurite")]
public sealed class ConcurrentSubmissionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Rounds = 25;
    private const int IdenticalPuts = 50;

    private TestApp _app = null!;
    private HttpClient _agent = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("races"));
        _agent = _app.Client(TestApp.AgentAKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Put_Fal1ChangingTheCrewAndAFal5MatchingTheOldOneAtOnce_NeverBothAccepted()
    {
        var bothAccepted = 0;
        var oneAccepted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var portCallId = await _agent.CreatePortCallAsync();
            using (var first = await _agent.PutDocumentAsync(portCallId, "arrival", "fal1", Api.Json(Samples.Fal1(crew: 3))))
            {
                Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            }

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var fal1 = Task.Run(async () => { await start.Task; return await _agent.PutDocumentAsync(portCallId, "arrival", "fal1", Api.Json(Samples.Fal1(crew: 4))); });
            var fal5 = Task.Run(async () => { await start.Task; return await _agent.PutDocumentAsync(portCallId, "arrival", "fal5", Api.Csv(Samples.Fal5Csv(crew: 3))); });
            start.SetResult();
            using var fal1Answer = await fal1;
            using var fal5Answer = await fal5;

            var accepted = new[] { fal1Answer, fal5Answer }.Count(answer => answer.IsSuccessStatusCode);
            Assert.All(new[] { fal1Answer, fal5Answer }, answer => Assert.True(
                answer.IsSuccessStatusCode || answer.StatusCode == HttpStatusCode.UnprocessableEntity, $"Answered {(int)answer.StatusCode}."));
            bothAccepted += accepted == 2 ? 1 : 0;
            oneAccepted += accepted == 1 ? 1 : 0;
            var portCall = await _agent.GetFromJsonElementAsync($"/api/port-calls/{portCallId}");
            var versions = portCall.GetProperty("arrival").GetProperty("documents").EnumerateArray()
                .ToDictionary(document => document.GetProperty("type").GetString()!, document => document.GetProperty("version").GetInt32());
            Assert.Equal(fal1Answer.IsSuccessStatusCode ? 2 : 1, versions["fal1"]);
            Assert.Equal(fal5Answer.IsSuccessStatusCode, versions.ContainsKey("fal5"));
        }

        Assert.Equal((0, Rounds), (bothAccepted, oneAccepted));
    }

    [Fact]
    public async Task Put_FiftyIdenticalBodiesAtOnce_One201AndThe200sCarryTheSameReceipt()
    {
        for (var round = 0; round < 3; round++)
        {
            var portCallId = await _agent.CreatePortCallAsync();
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var puts = Enumerable.Range(0, IdenticalPuts).Select(_ => Task.Run(async () =>
            {
                await start.Task;
                using var response = await _agent.PutDocumentAsync(portCallId, "arrival", "fal3", Api.Json(Samples.Fal3(quantity: 7)));
                return (response.StatusCode, ETag: response.Headers.ETag?.Tag, Receipt: await response.Content.ReadAsStringAsync());
            }));

            var all = Task.WhenAll(puts.ToList());
            start.SetResult();
            var answers = await all;

            Assert.Equal(
                (1, IdenticalPuts - 1),
                (answers.Count(answer => answer.StatusCode == HttpStatusCode.Created), answers.Count(answer => answer.StatusCode == HttpStatusCode.OK)));
            Assert.Single(answers.Select(answer => answer.Receipt).Distinct());
            Assert.Equal(["\"v1\""], answers.Select(answer => answer.ETag).Distinct());
        }
    }
}
