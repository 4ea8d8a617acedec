namespace Ics2Port.Domain.Common;

/// <summary>One finding about a submitted document: where (JSON Pointer), which rule, and why.</summary>
/// <param name="Pointer">RFC 6901 pointer into the submitted document, e.g. <c>/consignments/2/consignee/eori</c>.</param>
/// <param name="Rule">A rule ID from DOMAIN.md or a format code (see <see cref="RuleIds"/>).</param>
/// <param name="Message">A sentence a person can act on.</param>
public sealed record Finding(string Pointer, string Rule, string Message);
