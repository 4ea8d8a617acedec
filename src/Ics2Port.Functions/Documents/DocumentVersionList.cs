namespace Ics2Port.Functions.Documents;

/// <summary>The receipts of every accepted version of one document, oldest first.</summary>
public sealed record DocumentVersionList(IReadOnlyList<DocumentReceipt> Items);
