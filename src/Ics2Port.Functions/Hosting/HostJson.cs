namespace Ics2Port.Functions.Hosting;

using System.Text.Json.Nodes;

/// <summary>What the app reads from the host's <c>host.json</c>, which ships beside it.</summary>
public static class HostJson
{
    public const string FileName = "host.json";
    private const string DefaultRoutePrefix = "api";

    /// <summary><c>extensions.http.routePrefix</c> of the <c>host.json</c> in <paramref name="directory"/>; the host's default <c>api</c> without one.</summary>
    public static string RoutePrefix(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return DefaultRoutePrefix;
        }

        var json = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? DefaultRoutePrefix;
    }
}
