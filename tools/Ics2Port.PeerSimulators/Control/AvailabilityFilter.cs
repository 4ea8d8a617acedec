namespace Ics2Port.PeerSimulators.Control;

/// <summary>Answers 503 for a peer that the control API has switched off.</summary>
internal sealed class AvailabilityFilter(string peer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var availability = context.HttpContext.RequestServices.GetRequiredService<PeerAvailability>();
        return availability.IsAvailable(peer)
            ? await next(context).ConfigureAwait(false)
            : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: $"The {peer} is unavailable.");
    }
}
