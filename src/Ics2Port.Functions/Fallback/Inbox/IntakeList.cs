namespace Ics2Port.Functions.Fallback.Inbox;

public sealed record IntakeList(IReadOnlyList<IntakeView> Items);
