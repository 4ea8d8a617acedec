namespace Ics2Port.Domain.Reading.Tabular;

using Ics2Port.Domain.Parties;

/// <summary>The columns of a person (CONTRACT.md "person"), shared by crew and passenger lists.</summary>
internal static class PersonColumns
{
    public const string FamilyName = "familyName";
    public const string GivenNames = "givenNames";
    public const string Nationality = "nationality";
    public const string DateOfBirth = "dateOfBirth";
    public const string PlaceOfBirth = "placeOfBirth";
    public const string Gender = "gender";
    public const string DocumentType = "identityDocument.type";
    public const string DocumentNumber = "identityDocument.number";
    public const string DocumentIssuingState = "identityDocument.issuingState";
    public const string DocumentExpiryDate = "identityDocument.expiryDate";

    public static readonly IReadOnlyList<string> All =
        [FamilyName, GivenNames, Nationality, DateOfBirth, PlaceOfBirth, Gender, DocumentType, DocumentNumber, DocumentIssuingState, DocumentExpiryDate];

    /// <summary>The row's identity document, or null when none of its columns has a value.</summary>
    public static IdentityDocument? IdentityDocument(TableCells cells, TableRow row)
    {
        var document = new IdentityDocument
        {
            Type = cells.Text(row, DocumentType),
            Number = cells.Text(row, DocumentNumber),
            IssuingState = cells.Text(row, DocumentIssuingState),
            ExpiryDate = cells.Text(row, DocumentExpiryDate),
        };
        return document == EmptyDocument ? null : document;
    }

    private static readonly IdentityDocument EmptyDocument = new();
}
