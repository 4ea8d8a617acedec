using System.Net;
using Azure.Storage.Blobs;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary><c>POST /admin/functions/{name}</c>: a non-HTTP function run once on demand, as Core Tools runs it.</summary>
[Collection("azurite")]
public sealed class AdminFunctionEndpointsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("admin"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Post_BlobFunctionWithItsBlob_202AndTheFunctionRuns()
    {
        var inbox = new BlobContainerClient(azurite.ConnectionString, "fallback-inbox");
        await inbox.CreateIfNotExistsAsync();
        var name = $"{Guid.NewGuid():N}.txt";
        await inbox.UploadBlobAsync(name, BinaryData.FromString("not an e-mail"));

        using var response = await _app.Client(apiKey: null).PostAsync("/admin/functions/FallbackInboxFileUploaded", Api.Json($$"""{ "input": "fallback-inbox/{{name}}" }"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.WaitUntilAsync(async () => !await inbox.GetBlobClient(name).ExistsAsync(), TimeSpan.FromSeconds(10), "the file to be quarantined");
    }

    [Theory]
    [InlineData("NoSuchFunction", """{ "input": "x" }""", HttpStatusCode.NotFound)]
    [InlineData("GetPortCall", """{ "input": "x" }""", HttpStatusCode.BadRequest)]
    [InlineData("InboundFileUploaded", """{ "input": "elsewhere/a.json" }""", HttpStatusCode.BadRequest)]
    [InlineData("BlobTriggerPoisoned", "{}", HttpStatusCode.BadRequest)]
    public async Task Post_NoSuchFunctionOrInputThatDoesNotFit_ProblemAndNothingRuns(string function, string body, HttpStatusCode expected)
    {
        using var response = await _app.Client(apiKey: null).PostAsync($"/admin/functions/{function}", Api.Json(body));

        Assert.Equal((expected, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }
}
