namespace Ics2Port.Functions.Fallback.Cases;

/// <summary>The optional body of <c>POST /api/fallback/cases/{caseId}/hand-over</c>: who at the control point took the documents.</summary>
public sealed record HandOverConfirmation(string? ReceivedBy);
