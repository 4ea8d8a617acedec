namespace Ics2Port.Domain.Parties;

/// <summary>The person fields shared by crew members and passengers (CONTRACT.md "person").</summary>
public interface IPerson
{
    string? FamilyName { get; }
    string? GivenNames { get; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    string? Nationality { get; }
    /// <summary>ISO 8601 date (yyyy-MM-dd).</summary>
    string? DateOfBirth { get; }
    string? PlaceOfBirth { get; }
    /// <summary><c>M</c>, <c>F</c> or <c>X</c>.</summary>
    string? Gender { get; }
    IdentityDocument? IdentityDocument { get; }
}
