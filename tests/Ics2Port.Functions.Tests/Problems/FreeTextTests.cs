using System.Net;
using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Problems;

/// <summary>
/// Free text that reaches other systems (an e-mail subject, a file name, a log line) is refused with FORMAT-TEXT at its
/// pointer when it holds a control character or is longer than its field takes, and nothing is stored.
/// </summary>
[Collection("azurite")]
public sealed class FreeTextTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("freetext"));
        _agent = _app.Client(TestApp.AgentAKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("BT\\n2611")]
    [InlineData("BT\\r\\nBcc: all@example.com")]
    [InlineData("BT2611BT2611BT2611BT2611BT2611BT2611")]
    public async Task CreatePortCall_VoyageNumberWithLineBreakOrTooLong_422FormatTextAtTheFieldAndNothingStored(string voyage)
    {
        using var response = await _agent.PostAsync("/api/port-calls", Api.Json(Samples.PortCall(voyage: voyage)));

        var error = await SingleErrorAsync(response);
        Assert.Equal(("/voyageNumber", "FORMAT-TEXT"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        using var list = await _agent.GetAsync("/api/port-calls");
        Assert.Empty((await list.ReadJsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task SubmitDocument_ArticleNameWithATab_422FormatTextAtTheArticle()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        var body = Samples.Fal3().Replace("\"Diesel oil\"", "\"Diesel\\toil\"", StringComparison.Ordinal);

        using var response = await _agent.PutDocumentAsync(portCallId, "arrival", "fal3", Api.Json(body));

        var error = await SingleErrorAsync(response);
        Assert.Equal(("/articles/0/name", "FORMAT-TEXT"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task ApplyForPermit_ItemDescriptionWithALineBreak_422FormatTextAtTheItem()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        var body = Samples.Permit().Replace("\"Planed boards\"", "\"Planed\\nboards\"", StringComparison.Ordinal);

        using var response = await _agent.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(body));

        var error = await SingleErrorAsync(response);
        Assert.Equal(("/items/1/description", "FORMAT-TEXT"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        return Assert.Single(problem.GetProperty("errors").EnumerateArray());
    }
}
