using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.OpenApi;
using Ics2Port.Functions.WebPage;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>How the app serves the page's files: media types, a strict Content-Security-Policy, ETags, and nothing else.</summary>
[Collection("azurite")]
public sealed class WebPageServingTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private TestApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("web"));
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("/api/app/", "text/html")]
    [InlineData("/api/app/styles.css", "text/css")]
    [InlineData("/api/app/js/main.js", "text/javascript")]
    [InlineData("/api/app/icon.svg", "image/svg+xml")]
    public async Task Get_AFileOfThePage_ItsMediaTypeWithoutAKeyAndLockedDown(string path, string mediaType)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WebPageFunctions.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_TheSameETag_304WithoutBody()
    {
        using var first = await _client.GetAsync("/api/app/js/main.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/app/js/main.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithoutTheTrailingSlash_RedirectedToThePage()
    {
        using var response = await _client.GetAsync("/api/app");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/app/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/app/missing.js")]
    [InlineData("/api/app/../host.json")]
    [InlineData("/api/app/js/%2e%2e/%2e%2e/appsettings.json")]
    public async Task Get_AnythingElse_404Problem(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_HasNoInlineScriptOrStyle_SoThePolicyNeedsNoException()
    {
        var html = await _client.GetStringAsync("/api/app/");

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(" on[a-z]+=", html);
    }

    [Fact]
    public void OpenApiDocument_LeavesThePageOut()
    {
        Assert.DoesNotContain(OpenApiConformance.Served["paths"]!.AsObject(), path => path.Key.StartsWith("/app", StringComparison.Ordinal));
    }

    [Fact]
    public void Assets_EveryFileOfThePage_Embedded()
    {
        Assert.Contains("index.html", WebAssets.Names);
        Assert.Contains("js/main.js", WebAssets.Names);
        Assert.All(WebAssets.Names, name => Assert.DoesNotContain('\\', name));
    }
}
