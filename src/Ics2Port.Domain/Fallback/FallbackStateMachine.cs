namespace Ics2Port.Domain.Fallback;

using System.Collections.Frozen;
using static DeliveryState;
using static FallbackEvent;

/// <summary>
/// The delivery and fallback workflow as an explicit <c>(state, event) → state</c> table.
/// A pair missing from the table is an illegal transition and answers <see cref="FallbackErrorCodes.IllegalTransition"/>.
/// </summary>
public static class FallbackStateMachine
{
    /// <summary>Every legal transition; read it as the workflow's specification.</summary>
    public static IReadOnlyDictionary<(DeliveryState State, FallbackEvent Event), DeliveryState> Transitions { get; } =
        new Dictionary<(DeliveryState, FallbackEvent), DeliveryState>
        {
            // Normal delivery.
            [(Accepted, DeliveredToPortSystem)] = Delivered,
            // FB-TRIGGER: the port system cannot take it; it waits for delivery or the fallback procedure.
            [(Accepted, PortSystemUnavailable)] = Pending,
            [(Pending, PortSystemUnavailable)] = Pending,
            // Restored before any fallback method was used: delivered normally, nothing to re-enter.
            [(Pending, DeliveredToPortSystem)] = Delivered,
            // FB-1-EDS: the first method is a letter through the EDS to the control point.
            [(Pending, EdsLetterSent)] = FallbackEds,
            // FB-2-EMAIL: only when the EDS is not working, a signed e-mail to the control point.
            [(Pending, EdsFailed)] = FallbackEmail,
            [(FallbackEmail, SignedEmailSent)] = FallbackEmail,
            // FB-2-EMAIL: the agent e-mailed it without us; the fallback inbox records it so that it is re-entered.
            [(Accepted, FallbackEmailReceived)] = FallbackEmail,
            [(Pending, FallbackEmailReceived)] = FallbackEmail,
            // FB-3-IN-PERSON: only when e-mail cannot be used, at the control point in person.
            [(FallbackEmail, EmailUnusable)] = FallbackInPerson,
            [(FallbackInPerson, HandOverConfirmed)] = FallbackInPerson,
            // FB-REENTRY: after restoration every document submitted under the fallback procedure goes into the port system.
            [(FallbackEds, ReenteredInPortSystem)] = Reentered,
            [(FallbackEmail, ReenteredInPortSystem)] = Reentered,
            [(FallbackInPerson, ReenteredInPortSystem)] = Reentered,
            // A refusal is final: never into the fallback procedure, and a re-entry refused closes the case.
            [(Accepted, RefusedByPortSystem)] = Refused,
            [(Pending, RefusedByPortSystem)] = Refused,
            [(FallbackEds, RefusedByPortSystem)] = Refused,
            [(FallbackEmail, RefusedByPortSystem)] = Refused,
            [(FallbackInPerson, RefusedByPortSystem)] = Refused,
        }.ToFrozenDictionary();

    /// <summary>The state after <paramref name="event"/>, or an <see cref="FallbackErrorCodes.IllegalTransition"/> error naming both.</summary>
    public static FallbackResult<DeliveryState> Apply(DeliveryState state, FallbackEvent @event) =>
        Transitions.TryGetValue((state, @event), out var next)
            ? new FallbackResult<DeliveryState>(next)
            : new FallbackResult<DeliveryState>(new FallbackError(
                FallbackErrorCodes.IllegalTransition,
                $"A document in state '{state.ToWire()}' cannot take the event '{@event}'; allowed: {Describe(AllowedEvents(state))}."));

    /// <summary>The events a document in <paramref name="state"/> may take, in declaration order.</summary>
    public static IReadOnlyList<FallbackEvent> AllowedEvents(DeliveryState state) =>
        [.. Enum.GetValues<FallbackEvent>().Where(candidate => Transitions.ContainsKey((state, candidate)))];

    private static string Describe(IReadOnlyList<FallbackEvent> events) =>
        events.Count == 0 ? "none, the state is final" : string.Join(", ", events);
}
