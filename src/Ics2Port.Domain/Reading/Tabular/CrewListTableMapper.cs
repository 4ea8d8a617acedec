namespace Ics2Port.Domain.Reading.Tabular;

using System.Collections.Frozen;
using Ics2Port.Domain.CrewLists;

/// <summary>FAL 5 from a table: one row per crew member.</summary>
internal sealed class CrewListTableMapper : ITableMapper
{
    public static CrewListTableMapper Instance { get; } = new();

    public IReadOnlySet<string> Columns { get; } = FrozenSet.Create(StringComparer.Ordinal, [.. PersonColumns.All, "rankOrRating"]);

    public MappedDocument Map(Table table, TableCells cells)
    {
        var crew = table.Rows.Select(row => new CrewMember
        {
            FamilyName = cells.Text(row, PersonColumns.FamilyName),
            GivenNames = cells.Text(row, PersonColumns.GivenNames),
            Nationality = cells.Text(row, PersonColumns.Nationality),
            DateOfBirth = cells.Text(row, PersonColumns.DateOfBirth),
            PlaceOfBirth = cells.Text(row, PersonColumns.PlaceOfBirth),
            Gender = cells.Text(row, PersonColumns.Gender),
            IdentityDocument = PersonColumns.IdentityDocument(cells, row),
            RankOrRating = cells.Text(row, "rankOrRating"),
        }).ToList();
        return new MappedDocument(new CrewList { Crew = crew }, new RowListLayout("crew", [.. table.Rows.Select(row => row.Index)], Columns));
    }
}
