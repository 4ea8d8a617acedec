namespace Ics2Port.Functions.Tests.Fallback;

using System.Text.Json;

/// <summary>Reading answers of the fallback API.</summary>
internal static class FallbackApi
{
    public static async Task<JsonElement> GetFromJsonElementAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Each attempt as "channel outcome", oldest first, e.g. <c>eds unavailable, email sent</c>.</summary>
    public static string Attempts(this JsonElement fallbackCase) =>
        string.Join(", ", fallbackCase.GetProperty("attempts").EnumerateArray().Select(attempt => $"{attempt.GetProperty("channel").GetString()} {attempt.GetProperty("outcome").GetString()}"));

    public static string State(this JsonElement element) => element.GetProperty("state").GetString()!;
}
