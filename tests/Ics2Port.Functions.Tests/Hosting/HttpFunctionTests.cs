using System.Net;
using System.Reflection;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Testing;
using Microsoft.AspNetCore.Authorization;

namespace Ics2Port.Functions.Tests.Hosting;

/// <summary>
/// Every <c>[HttpTrigger]</c> method, found as the Worker SDK finds them: each answers through <see cref="ApiGateway"/>,
/// so none can forget the key check, the log scope or the problem mapping that middleware would have given.
/// </summary>
[Collection("azurite")]
public sealed class HttpFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;

    public static TheoryData<string> Keyed => [.. FunctionCatalog.Http.Where(function => !IsAnonymous(function)).Select(function => function.Name)];

    public static TheoryData<string> Anonymous => [.. FunctionCatalog.Http.Where(IsAnonymous).Select(function => function.Name)];

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("httpfn"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void EveryHttpFunction_ReturnType_IsTheGatewaysResult()
    {
        var answeringPastTheGateway = FunctionCatalog.Http
            .Where(function => function.Method.ReturnType != typeof(Task<ApiResult>))
            .Select(function => $"{function.Name} returns {function.Method.ReturnType.Name}");

        Assert.True(FunctionCatalog.Http.Count >= 20, $"Only {FunctionCatalog.Http.Count} HTTP functions were found.");
        Assert.Empty(answeringPastTheGateway);
    }

    [Theory]
    [MemberData(nameof(Keyed))]
    public async Task KeyedFunction_NoKey_401ProblemWithChallenge(string name)
    {
        using var response = await SendAsync(name, apiKey: null);

        Assert.Equal(
            (HttpStatusCode.Unauthorized, "application/problem+json", "ApiKey"),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.WwwAuthenticate.SingleOrDefault()?.Scheme));
    }

    [Theory]
    [MemberData(nameof(Keyed))]
    public async Task KeyedFunction_UnknownKey_401Problem(string name)
    {
        using var response = await SendAsync(name, apiKey: "not-a-key");

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Theory]
    [MemberData(nameof(Anonymous))]
    public async Task AnonymousFunction_NoKey_AnsweredWithoutAChallenge(string name)
    {
        using var response = await SendAsync(name, apiKey: null);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{name} answered {(int)response.StatusCode}.");
    }

    private static bool IsAnonymous(HttpFunction function) => function.Method.GetCustomAttribute<AllowAnonymousAttribute>() is not null;

    // The function's route with every variable filled in, called with its first method.
    private async Task<HttpResponseMessage> SendAsync(string name, string? apiKey)
    {
        var function = FunctionCatalog.Http.Single(f => f.Name == name);
        // A catch-all variable is left empty (the web page's own address), every other one is "1".
        var path = System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(function.PathTemplate("api"), "{\\*[^}]+}", string.Empty), "{[^}]+}", "1");
        using var request = new HttpRequestMessage(new HttpMethod(function.HttpMethods[0]), path);
        if (function.HttpMethods[0] is "POST" or "PUT")
        {
            request.Content = Api.Json("{}");
        }

        return await _app.Client(apiKey).SendAsync(request);
    }
}
