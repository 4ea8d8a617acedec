using System.Net;
using Azure.Core;

namespace Ics2Port.Storage.Tests;

public sealed class StorageAccountTests
{
    [Fact]
    public void FromConnectionString_WithoutAccountKey_ThrowsFormatException()
    {
        var e = Assert.Throws<FormatException>(() => StorageAccount.FromConnectionString("AccountName=ics2port"));

        Assert.Contains("AccountKey", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_TokenCredential_SendsBearerTokenForStorageScope()
    {
        var credential = new FixedTokenCredential();
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var account = new StorageAccount(StorageEndpoints.Parse("AccountName=ics2port"), credential, handler.Options());

        var missing = await account.Blobs.GetAsync("container", "blob");

        Assert.Null(missing);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-1", request.Headers.Authorization?.ToString());
        Assert.Equal(["2021-12-02"], request.Headers.GetValues("x-ms-version"));
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task FromConnectionString_RetriedRequest_IsSignedAgain()
    {
        var handler = new StubHandler(
            _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var account = StorageAccount.FromConnectionString("UseDevelopmentStorage=true", handler.Options());

        var missing = await account.Tables.GetAsync("table", "p", "r");

        Assert.Null(missing);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.StartsWith("SharedKeyLite devstoreaccount1:", r.Headers.Authorization?.ToString(), StringComparison.Ordinal));
    }

    private sealed class FixedTokenCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("token-1", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
