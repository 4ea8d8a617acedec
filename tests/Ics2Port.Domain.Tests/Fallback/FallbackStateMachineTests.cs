namespace Ics2Port.Domain.Tests.Fallback;

using Ics2Port.Domain.Fallback;
using static Ics2Port.Domain.Fallback.DeliveryState;
using static Ics2Port.Domain.Fallback.FallbackEvent;

public sealed class FallbackStateMachineTests
{
    // The specification, row by row, with the rule each row implements; the table must hold exactly these.
    public static TheoryData<string, DeliveryState, FallbackEvent, DeliveryState> Specified { get; } = new()
    {
        { "DELIVERY", Accepted, DeliveredToPortSystem, Delivered },
        { "FB-TRIGGER", Accepted, PortSystemUnavailable, Pending },
        { "FB-TRIGGER", Pending, PortSystemUnavailable, Pending },
        { "DELIVERY", Pending, DeliveredToPortSystem, Delivered },
        { "FB-1-EDS", Pending, EdsLetterSent, FallbackEds },
        { "FB-2-EMAIL", Pending, EdsFailed, FallbackEmail },
        { "FB-2-EMAIL", FallbackEmail, SignedEmailSent, FallbackEmail },
        { "FB-2-EMAIL", Accepted, FallbackEmailReceived, FallbackEmail },
        { "FB-2-EMAIL", Pending, FallbackEmailReceived, FallbackEmail },
        { "FB-3-IN-PERSON", FallbackEmail, EmailUnusable, FallbackInPerson },
        { "FB-3-IN-PERSON", FallbackInPerson, HandOverConfirmed, FallbackInPerson },
        { "FB-REENTRY", FallbackEds, ReenteredInPortSystem, Reentered },
        { "FB-REENTRY", FallbackEmail, ReenteredInPortSystem, Reentered },
        { "FB-REENTRY", FallbackInPerson, ReenteredInPortSystem, Reentered },
        { "REFUSAL", Accepted, RefusedByPortSystem, Refused },
        { "REFUSAL", Pending, RefusedByPortSystem, Refused },
        { "REFUSAL", FallbackEds, RefusedByPortSystem, Refused },
        { "REFUSAL", FallbackEmail, RefusedByPortSystem, Refused },
        { "REFUSAL", FallbackInPerson, RefusedByPortSystem, Refused },
    };

    [Theory]
    [MemberData(nameof(Specified))]
    public void Apply_SpecifiedTransition_ReturnsSpecifiedState(string rule, DeliveryState state, FallbackEvent @event, DeliveryState expected)
    {
        var result = FallbackStateMachine.Apply(state, @event);

        Assert.True(result.Succeeded, $"{rule}: {result.Error?.Message}");
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Transitions_Table_HoldsExactlyTheSpecifiedRows()
    {
        var specified = Specified.Select(row => ((DeliveryState)row[1], (FallbackEvent)row[2], (DeliveryState)row[3])).ToHashSet();

        var table = FallbackStateMachine.Transitions.Select(row => (row.Key.State, row.Key.Event, row.Value)).ToHashSet();

        Assert.Equal(specified.OrderBy(row => row.ToString()), table.OrderBy(row => row.ToString()));
    }

    [Theory]
    [InlineData(Accepted)]
    [InlineData(Pending)]
    public void Apply_DELIVERY_PortSystemTakesIt_Delivered(DeliveryState state)
    {
        var result = FallbackStateMachine.Apply(state, DeliveredToPortSystem);

        Assert.Equal(Delivered, result.Value);
    }

    [Theory]
    [InlineData(Accepted)]
    [InlineData(Pending)]
    public void Apply_FB_TRIGGER_PortSystemUnavailable_Pending(DeliveryState state)
    {
        var result = FallbackStateMachine.Apply(state, PortSystemUnavailable);

        Assert.Equal(Pending, result.Value);
    }

    [Fact]
    public void Apply_FB_1_EDS_PendingLetterSent_FallbackEds()
    {
        var result = FallbackStateMachine.Apply(Pending, EdsLetterSent);

        Assert.Equal(FallbackEds, result.Value);
    }

    [Theory]
    [InlineData(Pending, EdsFailed)]
    [InlineData(FallbackEmail, SignedEmailSent)]
    public void Apply_FB_2_EMAIL_AfterEdsFailed_FallbackEmail(DeliveryState state, FallbackEvent @event)
    {
        var result = FallbackStateMachine.Apply(state, @event);

        Assert.Equal(FallbackEmail, result.Value);
    }

    [Theory]
    [InlineData(FallbackEmail, EmailUnusable)]
    [InlineData(FallbackInPerson, HandOverConfirmed)]
    public void Apply_FB_3_IN_PERSON_AfterEmailUnusable_FallbackInPerson(DeliveryState state, FallbackEvent @event)
    {
        var result = FallbackStateMachine.Apply(state, @event);

        Assert.Equal(FallbackInPerson, result.Value);
    }

    [Theory]
    [InlineData(FallbackEds)]
    [InlineData(FallbackEmail)]
    [InlineData(FallbackInPerson)]
    public void Apply_FB_REENTRY_EveryFallbackState_Reentered(DeliveryState state)
    {
        var result = FallbackStateMachine.Apply(state, ReenteredInPortSystem);

        Assert.Equal(Reentered, result.Value);
    }

    [Theory]
    [InlineData("FB-TRIGGER: no fallback before the port system failed", Accepted, EdsLetterSent)]
    [InlineData("FB-TRIGGER: nothing to hand over before the port system failed", Accepted, HandOverConfirmed)]
    [InlineData("FB-2-EMAIL: e-mail only after the EDS failed", Pending, SignedEmailSent)]
    [InlineData("FB-2-EMAIL: e-mail is not reached once the EDS took the letter", FallbackEds, EdsFailed)]
    [InlineData("FB-3-IN-PERSON: in person only after e-mail proved unusable", Pending, EmailUnusable)]
    [InlineData("FB-3-IN-PERSON: in person only after e-mail proved unusable", Pending, HandOverConfirmed)]
    [InlineData("FB-3-IN-PERSON: in person only after e-mail proved unusable", FallbackEmail, HandOverConfirmed)]
    [InlineData("FB-1-EDS: no going back up the priority order", FallbackEmail, EdsLetterSent)]
    [InlineData("FB-1-EDS: no going back up the priority order", FallbackInPerson, SignedEmailSent)]
    [InlineData("FB-1-EDS: a sent letter is not sent again", FallbackEds, EdsLetterSent)]
    [InlineData("FB-REENTRY: a fallback document is re-entered, not delivered anew", FallbackEds, DeliveredToPortSystem)]
    [InlineData("FB-REENTRY: a fallback document is re-entered, not delivered anew", FallbackInPerson, DeliveredToPortSystem)]
    [InlineData("FB-REENTRY: a pending document was never submitted elsewhere", Pending, ReenteredInPortSystem)]
    [InlineData("FB-REENTRY: a delivered document was never submitted elsewhere", Delivered, ReenteredInPortSystem)]
    [InlineData("FB-REENTRY: a fallback document stays until re-entered", FallbackEmail, PortSystemUnavailable)]
    [InlineData("FB-2-EMAIL: an e-mail received later does not undo a letter the EDS took", FallbackEds, FallbackEmailReceived)]
    [InlineData("FB-2-EMAIL: an e-mail received later does not reopen a delivered document", Delivered, FallbackEmailReceived)]
    [InlineData("delivered is final", Delivered, PortSystemUnavailable)]
    [InlineData("delivered is final", Delivered, DeliveredToPortSystem)]
    [InlineData("re-entered is final", Reentered, ReenteredInPortSystem)]
    [InlineData("re-entered is final", Reentered, PortSystemUnavailable)]
    [InlineData("a refusal is final: no fallback", Refused, PortSystemUnavailable)]
    [InlineData("a refusal is final: no e-mail received reopens it", Refused, FallbackEmailReceived)]
    [InlineData("a refusal is final: not delivered later", Refused, DeliveredToPortSystem)]
    public void Apply_IllegalTransition_ReturnsIllegalTransitionError(string why, DeliveryState state, FallbackEvent @event)
    {
        var result = FallbackStateMachine.Apply(state, @event);

        Assert.False(result.Succeeded, why);
        Assert.Equal(FallbackErrorCodes.IllegalTransition, result.Error!.Code);
    }

    // Every (state, event) pair: the specified state, or an illegal transition for every pair the specification leaves out.
    public static TheoryData<DeliveryState, FallbackEvent, DeliveryState?> EveryPair { get; } = AllPairs();

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Apply_EveryStateAndEvent_SpecifiedStateOrIllegalTransition(DeliveryState state, FallbackEvent @event, DeliveryState? expected)
    {
        var result = FallbackStateMachine.Apply(state, @event);

        Assert.Equal(expected, result.Succeeded ? result.Value : null);
        Assert.Equal(expected is null ? FallbackErrorCodes.IllegalTransition : null, result.Error?.Code);
    }

    [Fact]
    public void Apply_IllegalTransition_MessageNamesStateEventAndAllowedEvents()
    {
        var result = FallbackStateMachine.Apply(Pending, SignedEmailSent);

        Assert.Equal(
            "A document in state 'pending' cannot take the event 'SignedEmailSent'; allowed: DeliveredToPortSystem, PortSystemUnavailable, EdsLetterSent, EdsFailed, FallbackEmailReceived, RefusedByPortSystem.",
            result.Error!.Message);
    }

    [Fact]
    public void Apply_IllegalTransition_ValueIsNotReadable()
    {
        var result = FallbackStateMachine.Apply(Reentered, EdsFailed);

        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Theory]
    [InlineData(Delivered)]
    [InlineData(Reentered)]
    [InlineData(Refused)]
    public void AllowedEvents_FinalState_None(DeliveryState state)
    {
        var allowed = FallbackStateMachine.AllowedEvents(state);

        Assert.Empty(allowed);
    }

    [Fact]
    public void Apply_FB_1_EDS_to_FB_REENTRY_WholeLadder_EndsReentered()
    {
        FallbackEvent[] outage = [PortSystemUnavailable, EdsFailed, SignedEmailSent, EmailUnusable, HandOverConfirmed, ReenteredInPortSystem];

        var states = outage.Aggregate(
            new List<DeliveryState> { Accepted },
            (path, @event) => [.. path, FallbackStateMachine.Apply(path[^1], @event).Value]);

        Assert.Equal([Accepted, Pending, FallbackEmail, FallbackEmail, FallbackInPerson, FallbackInPerson, Reentered], states);
    }

    private static TheoryData<DeliveryState, FallbackEvent, DeliveryState?> AllPairs()
    {
        var specified = Specified.ToDictionary(row => ((DeliveryState)row[1], (FallbackEvent)row[2]), row => (DeliveryState)row[3]);
        var pairs = new TheoryData<DeliveryState, FallbackEvent, DeliveryState?>();
        foreach (var state in Enum.GetValues<DeliveryState>())
        {
            foreach (var @event in Enum.GetValues<FallbackEvent>())
            {
                pairs.Add(state, @event, specified.TryGetValue((state, @event), out var next) ? next : null);
            }
        }

        return pairs;
    }
}
