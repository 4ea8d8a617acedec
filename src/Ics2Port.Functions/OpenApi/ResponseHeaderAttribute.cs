namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// A header an HTTP function's answer carries, for the OpenAPI document. The gateway's own (<c>WWW-Authenticate</c> on
/// 401, <c>Retry-After</c> on 503) are added for every function.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ResponseHeaderAttribute(int statusCode, string name, string description) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>Whether every such answer carries it; true unless set.</summary>
    public bool Required { get; init; } = true;
}
