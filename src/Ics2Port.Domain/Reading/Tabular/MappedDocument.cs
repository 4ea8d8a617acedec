namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>A document read from a table, with where its parts came from.</summary>
internal sealed record MappedDocument(object Document, ISourceLayout Layout);
