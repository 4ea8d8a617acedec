namespace Ics2Port.Domain.Codes;

/// <summary>The HS / CN nomenclature a code is checked against (FORMAT-HS); validators do no I/O, so it is handed in.</summary>
public interface IHsCodeCatalog
{
    /// <summary>True when the nomenclature lists <paramref name="code"/> (digits only) at its own length.</summary>
    bool Contains(string code);
}
