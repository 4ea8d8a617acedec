namespace Ics2Port.PeerSimulators.Control;

/// <summary>Answers after the peer's delay, and 503 for a peer that the control API has switched off.</summary>
internal sealed class AvailabilityFilter(string peer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var availability = context.HttpContext.RequestServices.GetRequiredService<PeerAvailability>();
        var delay = availability.DelayOf(peer);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        return availability.IsAvailable(peer)
            ? await next(context).ConfigureAwait(false)
            : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: $"The {peer} is unavailable.");
    }
}
