namespace Ics2Port.Functions.OpenApi;

/// <summary>A query parameter an HTTP function reads from its request, for the OpenAPI document.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class QueryParameterAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The JSON schema type of the value: <c>string</c> unless set.</summary>
    public string Type { get; init; } = "string";

    /// <summary>The least whole number taken, for an <c>integer</c>; none unless set.</summary>
    public int Minimum { get; init; } = int.MinValue;

    /// <summary>The greatest whole number taken, for an <c>integer</c>; none unless set.</summary>
    public int Maximum { get; init; } = int.MaxValue;
}
