namespace Ics2Port.Functions.Problems;

using Ics2Port.Functions.Outcomes;

/// <summary>Declares in the OpenAPI document which problem answers an endpoint gives.</summary>
public static class ProblemMetadata
{
    public static TBuilder ProducesApiProblems<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ApiProblem), [ApiOutcomeResult.ProblemContentType]));
        }

        return builder;
    }
}
