namespace Ics2Port.PeerSimulators.Control;

using Ics2Port.PeerSimulators.Eds;
using Ics2Port.PeerSimulators.PortSystem;

/// <summary>
/// Switches peers on and off, slows them down, sets how the port system answers a document type, and shows what they
/// received, so a test can assert "exactly once".
/// </summary>
public static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapControl(this IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup("/_control/{peer}");

        control.MapGet("/availability", (string peer, PeerAvailability availability) =>
            IsPeer(peer) ? Results.Ok(new { peer, available = availability.IsAvailable(peer) }) : UnknownPeer(peer));

        control.MapPost("/availability", (string peer, AvailabilityRequest request, PeerAvailability availability) =>
        {
            if (!IsPeer(peer))
            {
                return UnknownPeer(peer);
            }

            availability.Set(peer, request.Available);
            return Results.Ok(new { peer, available = request.Available });
        });

        control.MapPost("/delay", (string peer, DelayRequest request, PeerAvailability availability) =>
        {
            if (!IsPeer(peer))
            {
                return UnknownPeer(peer);
            }

            if (request.Milliseconds < 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "milliseconds must not be negative.");
            }

            availability.SetDelay(peer, TimeSpan.FromMilliseconds(request.Milliseconds));
            return Results.Ok(new { peer, delayMilliseconds = request.Milliseconds });
        });

        control.MapPost("/answers/{documentType}", (string peer, string documentType, AnswerRequest request, PortSystemAnswers answers) =>
        {
            if (peer != PeerNames.PortSystem)
            {
                return NoAnswers(peer);
            }

            if ((request.Decision is null) == string.IsNullOrWhiteSpace(request.Refusal))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Give either a decision or a refusal.");
            }

            answers.Set(documentType, new CannedAnswer(request.Decision, request.Decision is null ? request.Refusal : null));
            return Results.Ok(new { peer, documentType, request.Decision, request.Refusal });
        });

        control.MapDelete("/answers/{documentType}", (string peer, string documentType, PortSystemAnswers answers) =>
        {
            if (peer != PeerNames.PortSystem)
            {
                return NoAnswers(peer);
            }

            answers.Remove(documentType);
            return Results.NoContent();
        });

        control.MapGet("/received", (string peer, PortSystemInbox documents, EdsInbox letters) => peer switch
        {
            PeerNames.PortSystem => Results.Ok(documents.Received()),
            PeerNames.Eds => Results.Ok(letters.Received()),
            _ => UnknownPeer(peer),
        });

        control.MapPost("/reset", (string peer, PeerAvailability availability, PortSystemInbox documents, PortSystemAnswers answers, EdsInbox letters) =>
        {
            switch (peer)
            {
                case PeerNames.PortSystem:
                    documents.Clear();
                    answers.Clear();
                    break;
                case PeerNames.Eds:
                    letters.Clear();
                    break;
                default:
                    return UnknownPeer(peer);
            }

            availability.Set(peer, true);
            availability.SetDelay(peer, TimeSpan.Zero);
            return Results.NoContent();
        });

        return routes;
    }

    private static bool IsPeer(string peer) => peer is PeerNames.PortSystem or PeerNames.Eds;

    private static IResult NoAnswers(string peer) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Only the '{PeerNames.PortSystem}' answers with decisions, not '{peer}'.");

    private static IResult UnknownPeer(string peer) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No peer '{peer}'; peers are '{PeerNames.PortSystem}' and '{PeerNames.Eds}'.");
}
