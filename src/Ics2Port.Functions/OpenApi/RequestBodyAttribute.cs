namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// Describes an HTTP function's request body in the OpenAPI document only: the use cases read the body themselves
/// and answer 415 after the key check, naming what they take.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequestBodyAttribute(Type schema, params string[] contentTypes) : Attribute
{
    public Type Schema { get; } = schema;

    public IReadOnlyList<string> ContentTypes { get; } = contentTypes;

    /// <summary>Whether a request must carry the body; true unless set.</summary>
    public bool Required { get; init; } = true;
}
