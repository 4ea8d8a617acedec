namespace Ics2Port.Domain.Reading.Tabular;

using System.Collections.Frozen;
using Ics2Port.Domain.PassengerLists;

/// <summary>FAL 6 from a table: one row per passenger.</summary>
internal sealed class PassengerListTableMapper : ITableMapper
{
    public static PassengerListTableMapper Instance { get; } = new();

    public IReadOnlySet<string> Columns { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        [.. PersonColumns.All, "portOfEmbarkation", "portOfDisembarkation", "transit", "visaNumber"]);

    public MappedDocument Map(Table table, TableCells cells)
    {
        var passengers = table.Rows.Select(row => new Passenger
        {
            FamilyName = cells.Text(row, PersonColumns.FamilyName),
            GivenNames = cells.Text(row, PersonColumns.GivenNames),
            Nationality = cells.Text(row, PersonColumns.Nationality),
            DateOfBirth = cells.Text(row, PersonColumns.DateOfBirth),
            PlaceOfBirth = cells.Text(row, PersonColumns.PlaceOfBirth),
            Gender = cells.Text(row, PersonColumns.Gender),
            IdentityDocument = PersonColumns.IdentityDocument(cells, row),
            PortOfEmbarkation = cells.Text(row, "portOfEmbarkation"),
            PortOfDisembarkation = cells.Text(row, "portOfDisembarkation"),
            Transit = cells.Bool(row, "transit"),
            VisaNumber = cells.Text(row, "visaNumber"),
        }).ToList();
        return new MappedDocument(new PassengerList { Passengers = passengers }, new RowListLayout("passengers", [.. table.Rows.Select(row => row.Index)], Columns));
    }
}
