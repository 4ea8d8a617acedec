namespace Ics2Port.Domain.Tests.PortCalls;

using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class CompletenessTests
{
    private static readonly HashSet<DocumentType> Nothing = [];

    [Fact]
    public void Missing_ArrivalWithoutPassengers_ListsAllButFal6_FAL_ARR()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(0).Build();

        var missing = Completeness.Missing(Direction.Arrival, fal1, Nothing);

        Assert.Equal([DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal4, DocumentType.Fal5], missing);
    }

    [Fact]
    public void Missing_ArrivalWithPassengers_IncludesFal6_FAL_ARR()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(12).Build();

        var missing = Completeness.Missing(Direction.Arrival, fal1, Nothing);

        Assert.Equal(DocumentTypes.All, missing);
    }

    [Fact]
    public void Missing_ArrivalWithoutFal1_ListsUnconditionalDocuments_FAL_ARR()
    {
        var missing = Completeness.Missing(Direction.Arrival, null, Nothing);

        Assert.Equal([DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal4, DocumentType.Fal5], missing);
    }

    [Fact]
    public void Missing_ArrivalSomeAccepted_ListsTheRest_FAL_ARR()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(3).Build();

        var missing = Completeness.Missing(Direction.Arrival, fal1, new HashSet<DocumentType> { DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal5 });

        Assert.Equal([DocumentType.Fal3, DocumentType.Fal4, DocumentType.Fal6], missing);
    }

    public static TheoryData<bool?, bool?, int, DocumentType[]> DepartureCases => new()
    {
        { null, null, 0, [DocumentType.Fal1, DocumentType.Manifest] },
        { false, false, 0, [DocumentType.Fal1, DocumentType.Manifest] },
        { true, false, 0, [DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3] },
        { false, true, 0, [DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal5] },
        { true, true, 4, [DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal5, DocumentType.Fal6] },
        { false, false, 4, [DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal6] },
    };

    [Theory]
    [MemberData(nameof(DepartureCases))]
    public void Missing_Departure_FollowsChangesAndPassengersNeverFal4_FAL_DEP(bool? storesChanged, bool? crewChanged, int passengers, DocumentType[] expected)
    {
        var builder = new GeneralDeclarationBuilder().WithNumberOfPassengers(passengers);
        var fal1 = (storesChanged is null ? builder.WithoutChangedDuringStay() : builder.WithChangedDuringStay(storesChanged, crewChanged)).Build();

        var missing = Completeness.Missing(Direction.Departure, fal1, Nothing);

        Assert.Equal(expected, missing);
    }

    [Fact]
    public void Missing_DepartureWithoutFal1_ListsFal1AndManifest_FAL_DEP()
    {
        var missing = Completeness.Missing(Direction.Departure, null, Nothing);

        Assert.Equal([DocumentType.Fal1, DocumentType.Manifest], missing);
    }

    [Fact]
    public void IsComplete_ArrivalAllRequiredAccepted_ReturnsTrue_FAL_ALL()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(0).Build();
        var accepted = new HashSet<DocumentType> { DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal4, DocumentType.Fal5 };

        var complete = Completeness.IsComplete(Direction.Arrival, fal1, accepted);

        Assert.True(complete);
    }

    [Fact]
    public void IsComplete_ArrivalPassengerListMissing_ReturnsFalse_FAL_ALL()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(1).Build();
        var accepted = new HashSet<DocumentType> { DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal4, DocumentType.Fal5 };

        var complete = Completeness.IsComplete(Direction.Arrival, fal1, accepted);

        Assert.False(complete);
    }

    [Fact]
    public void IsComplete_DepartureNothingChangedFal1AndManifestAccepted_ReturnsTrue_FAL_ALL()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(0).WithChangedDuringStay(false, false).Build();
        var accepted = new HashSet<DocumentType> { DocumentType.Fal1, DocumentType.Manifest };

        var complete = Completeness.IsComplete(Direction.Departure, fal1, accepted);

        Assert.True(complete);
    }

    [Fact]
    public void IsComplete_DepartureCrewChangedWithoutNewCrewList_ReturnsFalse_FAL_ALL()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(0).WithChangedDuringStay(false, true).Build();
        var accepted = new HashSet<DocumentType> { DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal4 };

        var complete = Completeness.IsComplete(Direction.Departure, fal1, accepted);

        Assert.False(complete);
    }

    [Fact]
    public void IsComplete_DepartureWithoutFal1Content_ReturnsFalse_FAL_ALL()
    {
        var accepted = new HashSet<DocumentType> { DocumentType.Fal1, DocumentType.Manifest };

        var complete = Completeness.IsComplete(Direction.Departure, (GeneralDeclaration?)null, accepted);

        Assert.False(complete);
    }
}
