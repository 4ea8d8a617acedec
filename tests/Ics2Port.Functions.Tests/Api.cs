using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ics2Port.Functions.Tests;

/// <summary>Small helpers for talking to the app as a client would.</summary>
public static class Api
{
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static StringContent Csv(string body) => new(body, Encoding.UTF8, "text/csv");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates a port call and answers its id.</summary>
    public static async Task<string> CreatePortCallAsync(this HttpClient client, string? body = null)
    {
        using var response = await client.PostAsync("/api/port-calls", Json(body ?? Samples.PortCall()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("portCallId").GetString()!;
    }

    public static Task<HttpResponseMessage> PutDocumentAsync(this HttpClient client, string portCallId, string direction, string type, HttpContent content) =>
        client.PutAsync($"/api/port-calls/{portCallId}/{direction}/{type}", content);

    public static string[] Strings(this JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];

    public static MediaTypeHeaderValue? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
