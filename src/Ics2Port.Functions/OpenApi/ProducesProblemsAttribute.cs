namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// The problem answers an HTTP function's use case gives, for the OpenAPI document. What every function answers
/// through <see cref="Hosting.ApiGateway"/> (401 without a key, 500, 503) is added for all of them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProducesProblemsAttribute(params int[] statusCodes) : Attribute
{
    public IReadOnlyList<int> StatusCodes { get; } = statusCodes;
}
