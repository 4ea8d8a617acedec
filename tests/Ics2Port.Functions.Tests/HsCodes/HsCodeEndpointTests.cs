using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.HsCodes;

[Collection("azurite")]
public sealed class HsCodeEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // A few codes in the nomenclature file's shape, including the TOTAL row real files start with.
    private const string Nomenclature = """
        section,hscode,description,parent,level
        TOTAL,TOTAL,All commodities,TOTAL,5
        I,01,Animals; live,TOTAL,2
        I,0101,"Horses, asses, mules and hinnies; live",01,4
        IX,44,Wood and articles of wood; wood charcoal,TOTAL,2
        IX,4407,"Wood sawn or chipped lengthwise, of a thickness exceeding 6mm",44,4
        IX,440710,"Wood; coniferous species, sawn or chipped lengthwise",4407,6
        IX,440711,"Wood; coniferous, of pine (Pinus spp.), sawn",4407,6
        IX,4418,Builders' joinery and carpentry of wood,44,4
        IX,441881,"Wood; engineered structural timber products, glue-laminated timber (glulam)",4418,6
        XV,82,"Tools, implements, cutlery of base metal",TOTAL,2
        XV,8201,"Tools, hand; spades, shovels, axes, timber wedges",82,4
        """;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"hs-{Guid.NewGuid():N}.csv");
    private TestApp _app = null!;
    private HttpClient _agent = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_file, Nomenclature);
        _app = await TestApp.StartAsync(
            azurite.ConnectionString,
            azurite.UniqueName("hscodes"),
            new Dictionary<string, string?> { ["Ics2Port:HsNomenclaturePath"] = _file });
        _agent = _app.Client(TestApp.AgentAKey);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_file);
    }

    [Theory]
    [InlineData("timber", new[] { "8201", "441881" })]
    [InlineData("tim", new[] { "8201", "441881" })]
    [InlineData("wood sawn", new[] { "4407", "440710", "440711" })]
    [InlineData("4407", new[] { "4407", "440710", "440711" })]
    [InlineData("44 pine", new[] { "440711" })]
    [InlineData("zebra", new string[0])]
    public async Task Search_Query_RankedMatches(string query, string[] expected)
    {
        using var response = await _agent.GetAsync($"/api/hs-codes?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()).ToArray();
        Assert.Equal(expected, items);
    }

    [Fact]
    public async Task Search_Limit_CutsTheList()
    {
        using var response = await _agent.GetAsync("/api/hs-codes?q=wood&limit=2");

        Assert.Equal(2, (await response.ReadJsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Get_Heading_WithParentSectionAndChildren()
    {
        using var response = await _agent.GetAsync("/api/hs-codes/4407");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var code = await response.ReadJsonAsync();
        Assert.Equal(4, code.GetProperty("level").GetInt32());
        Assert.Equal("44", code.GetProperty("parent").GetString());
        Assert.Equal("IX", code.GetProperty("section").GetString());
        Assert.Equal(["440710", "440711"], code.GetProperty("children").EnumerateArray().Select(child => child.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Get_UnknownCode_404Problem()
    {
        using var response = await _agent.GetAsync("/api/hs-codes/9999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("https://ics2port.dev/problems/not-found", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Search_NoNomenclatureConfigured_503Problem()
    {
        await using var bare = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("nohs"));

        using var response = await bare.Client(TestApp.AgentAKey).GetAsync("/api/hs-codes?q=timber");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("https://ics2port.dev/problems/nomenclature-unavailable", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task SubmitManifest_HsCodeNotInTheNomenclature_422FormatHs()
    {
        var portCallId = await _agent.CreatePortCallAsync();

        using var response = await _agent.PutDocumentAsync(portCallId, "arrival", "manifest", Api.Json(Samples.Manifest(hsCode: "440799")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("/consignments/0/items/0/hsCode", error.GetProperty("pointer").GetString());
        Assert.Equal("FORMAT-HS", error.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("440710")]
    [InlineData("44071091")]
    public async Task SubmitManifest_HsCodeInTheNomenclature_Accepted(string hsCode)
    {
        var portCallId = await _agent.CreatePortCallAsync();

        using var response = await _agent.PutDocumentAsync(portCallId, "arrival", "manifest", Api.Json(Samples.Manifest(hsCode)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ApplyForPermit_HsCodeNotInTheNomenclature_422FormatHs()
    {
        var portCallId = await _agent.CreatePortCallAsync();

        using var response = await _agent.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(Samples.Permit(hsCode: "440799")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("/items/0/hsCode", error.GetProperty("pointer").GetString());
        Assert.Equal("FORMAT-HS", error.GetProperty("rule").GetString());
    }
}
