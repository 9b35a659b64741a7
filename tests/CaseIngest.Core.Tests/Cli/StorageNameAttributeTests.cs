using System.ComponentModel.DataAnnotations;
using CaseIngest.Application;

namespace CaseIngest.Core.Tests.Cli;

/// <summary>A storage name setting is judged and its failure worded as by the run-time pattern attribute it replaces.</summary>
public sealed class StorageNameAttributeTests
{
    public static TheoryData<string?> Names => new()
    {
        "case-documents",
        "reprocess-requests",
        "abc",
        "a1-b2-c3",
        "0123456789",
        new string('x', 63),
        null,
        "",
        "Case_Reports",
        "ab",
        "-abc",
        "abc-",
        "a--b",
        "case reports",
        "case-reports\n",
        "CASES",
        new string('y', 64),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void ANameIsAcceptedExactlyWhereThePatternAttributeAcceptsIt(string? name)
    {
        var expected = new RegularExpressionAttribute(StorageNameAttribute.Pattern).IsValid(name);

        Assert.Equal(expected, new StorageNameAttribute().IsValid(name));
    }

    [Fact]
    public void ARejectedNameFailsWithThePatternAttributesMessage()
    {
        var expected = new RegularExpressionAttribute(StorageNameAttribute.Pattern).FormatErrorMessage("ContainerName");

        Assert.Equal(expected, new StorageNameAttribute().FormatErrorMessage("ContainerName"));
    }

    [Theory]
    [InlineData("Reports")]
    [InlineData("r")]
    public void AnOptionsObjectWithABadQueueNameFailsAsBefore(string name)
    {
        var options = new CaseIngestOptions { StorageConnectionString = "UseDevelopmentStorage=true", ReprocessQueueName = name };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        var result = Assert.Single(results);
        Assert.Equal([nameof(CaseIngestOptions.ReprocessQueueName)], result.MemberNames);
        Assert.Equal(new RegularExpressionAttribute(StorageNameAttribute.Pattern).FormatErrorMessage(nameof(CaseIngestOptions.ReprocessQueueName)), result.ErrorMessage);
    }
}
