namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// An OpenAPI link from an HTTP function's answer to the operation it leads to, so that a client or a stateful tester
/// can follow a created port call into its documents. Each parameter is <c>name=value</c>, the value a runtime
/// expression such as <c>$response.body#/portCallId</c> or a constant.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OperationLinkAttribute(int statusCode, string operationId, params string[] parameters) : Attribute
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The function the link leads to; its name is the operation id.</summary>
    public string OperationId { get; } = operationId;

    public IReadOnlyList<string> Parameters { get; } = parameters;
}
