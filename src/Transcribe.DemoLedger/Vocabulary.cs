namespace Transcribe.DemoLedger;

/// <summary>A collector as the clerks wrote him, the years he was in the field, and the ages he went after.</summary>
internal sealed record Collector(string Name, string Surname, int FirstYear, int LastYear, string[] Interests, string[]? Partners = null)
{
    public bool CollectsIn(Stratum stratum) => Interests.Any(stratum.Age.Contains);
}

/// <summary>Names, dates and remarks in the habits of early twentieth-century museum clerks.</summary>
internal static class Vocabulary
{
    public static readonly Collector[] Collectors =
    [
        new("C. D. Walcott", "Walcott", 1895, 1926, ["Cambrian", "Ordovician", "Algonkian"], ["Resser"]),
        new("C. W. Gilmore", "Gilmore", 1903, 1937, ["Jurassic", "Cretaceous", "Triassic", "Eocene", "Permian"], ["Boss", "Gidley"]),
        new("J. W. Gidley", "Gidley", 1905, 1931, ["Pleistocene", "Pliocene", "Miocene", "Paleocene", "Oligocene"], ["Gazin", "Boss"]),
        new("C. L. Gazin", "Gazin", 1928, 1950, ["Paleocene", "Eocene", "Pliocene", "Pleistocene", "Oligocene"]),
        new("N. H. Boss", "Boss", 1905, 1940, ["Cretaceous", "Jurassic", "Oligocene", "Eocene"]),
        new("G. F. Sternberg", "Sternberg", 1905, 1935, ["Cretaceous", "Pliocene", "Miocene"]),
        new("C. H. Sternberg", "Sternberg", 1890, 1920, ["Cretaceous", "Permian"]),
        new("J. B. Hatcher", "Hatcher", 1890, 1904, ["Cretaceous", "Oligocene", "Miocene"]),
        new("T. W. Stanton", "Stanton", 1890, 1930, ["Cretaceous", "Jurassic"], ["Reeside", "Knowlton"]),
        new("F. H. Knowlton", "Knowlton", 1890, 1925, ["Eocene", "Paleocene", "Cretaceous", "Miocene"]),
        new("R. Kellogg", "Kellogg", 1920, 1950, ["Miocene", "Pliocene"]),
        new("C. W. Cooke", "Cooke", 1910, 1945, ["Eocene", "Miocene", "Pliocene", "Pleistocene"]),
        new("L. W. Stephenson", "Stephenson", 1905, 1945, ["Cretaceous"], ["Cooke"]),
        new("J. B. Reeside, Jr.", "Reeside", 1915, 1950, ["Cretaceous", "Jurassic", "Triassic"]),
        new("E. O. Ulrich", "Ulrich", 1890, 1932, ["Ordovician", "Cambrian", "Devonian", "Mississippian"], ["Resser"]),
        new("C. E. Resser", "Resser", 1914, 1943, ["Cambrian", "Ordovician"]),
        new("W. T. Lee", "Lee", 1900, 1926, ["Cretaceous", "Paleocene", "Pennsylvanian"], ["Knowlton"]),
        new("D. White", "White", 1890, 1935, ["Pennsylvanian", "Permian", "Mississippian", "Devonian"], ["Girty"]),
        new("G. H. Girty", "Girty", 1890, 1939, ["Mississippian", "Pennsylvanian", "Permian"]),
    ];

    // Mch. and Sept. are the period forms; May, June and July were seldom shortened.
    public static readonly string[] MonthAbbreviations =
        ["Jan.", "Feb.", "Mch.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Field seasons: mostly summer, some spring and autumn, a little winter (caves, Florida pits).</summary>
    public static readonly (int Item, double Weight)[] FieldMonths =
        [(1, 0.3), (2, 0.3), (3, 0.6), (4, 1), (5, 2), (6, 3.5), (7, 4), (8, 4), (9, 2.5), (10, 1.2), (11, 0.4), (12, 0.3)];

    public static readonly string[] Directions = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.E.", "S.W.", "N.W.", "S.E."];

    public static readonly string[] Distances = ["1/2", "1", "1 1/2", "2", "2 1/2", "3", "4", "5", "6", "7", "8", "10", "12", "15", "18", "20", "25"];

    public static readonly string[] GeneralRemarks =
    [
        "float", "exact spot uncertain", "see field notes", "near top of section", "near base of section", "photographs taken",
        "found by ranchman", "loc. approximate", "same horizon as above", "in river bluff", "in railroad cut", "on surface",
        "small lot", "good material", "fragmentary", "locality relocated", "from well at 40 ft.", "in blue clay",
    ];

    // An array, not a dictionary: the first age key contained in a stratum's age wins, in a fixed order.
    public static readonly (string Age, string[] Remarks)[] RemarksByAge =
    [
        ("Cambrian", ["trilobites", "trilobites & brachiopods", "in shale above quarry", "sponges & algae"]),
        ("Ordovician", ["bryozoans", "brachiopods & trilobites", "in thin limestone"]),
        ("Algonkian", ["doubtful organic"]),
        ("Devonian", ["corals & brachiopods", "fish plates"]),
        ("Mississippian", ["crinoids", "brachiopods"]),
        ("Pennsylvanian", ["plants", "fusulinids", "plants over coal"]),
        ("Permian", ["amphibian bones", "in red clay", "bones in nodules"]),
        ("Triassic", ["petrified wood", "bones in red shale"]),
        ("Jurassic", ["Quarry No. 1", "Quarry No. 2", "small dinosaur", "bones in sandstone"]),
        ("Cretaceous", ["bones in concretions", "turtle & croc.", "invertebrates only", "mammal teeth", "skull & jaws", "partial skeleton",
                       "type locality", "oysters & Inoceramus"]),
        ("Paleocene", ["mammal teeth", "jaws & teeth", "in gray clay", "plants"]),
        ("Eocene", ["turtles", "mammal jaws", "type locality", "skull & jaws"]),
        ("Oligocene", ["turtles", "rodent jaws", "skull & jaws", "bones in nodules"]),
        ("Miocene", ["leaves", "skull & jaws", "bones in sandstone"]),
        ("Pliocene", ["turtle shell", "jaws & teeth", "in sand & gravel"]),
        ("Pleistocene", ["bones in gravel", "skull", "in terrace gravel"]),
    ];
}
