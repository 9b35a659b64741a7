namespace CaseIngest.Storage;

/// <summary>Names of the container and tables the pipeline uses.</summary>
public static class StorageNames
{
    public const string DocumentsContainer = "case-reports";
    public const string RecordsContainer = "case-records";
    public const string CasesTable = "Cases";
    public const string FactsTable = "Facts";
    public const string IndexTable = "CaseIndex";
    public const string RejectionsTable = "Rejections";
}
