namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// An answer whose body is not a view record, for the OpenAPI document: a filed document served back byte for byte with
/// the media type it was filed with. The schema types are those of <see cref="RequestBodyAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProducesContentAttribute(int statusCode, string contentType, Type schema) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string ContentType { get; } = contentType;

    public Type Schema { get; } = schema;
}
