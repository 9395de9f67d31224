namespace Transcribe.DemoLedger;

/// <summary>A town a locality is described from, with the county of the period and a rough position for coordinates in remarks.</summary>
internal sealed record Town(string Name, string? County, double Latitude, double Longitude);

/// <summary>A rock unit as clerks might write it (several spellings) and the age the museum assigned it then.</summary>
internal sealed record Stratum(string[] Spellings, string Age);

/// <summary>
/// A collecting district: towns, the named places near them and the rock units exposed there, so a
/// row never puts a cave deposit in a coastal cliff. Remarks are the finds the district's first (main) unit was known for.
/// </summary>
internal sealed record District(Town[] Towns, string[] Features, Stratum[] Strata, string[] Remarks);

/// <summary>A state or province; rectangular-survey states also describe localities by section, township and range.</summary>
internal sealed record Region(string State, bool RectangularSurvey, District[] Districts);

/// <summary>
/// Period geography and stratigraphy, loosely after the USNM paleobiology registers: real towns and
/// counties, state abbreviations as clerks wrote them before postal codes, and formations paired with
/// the ages assigned to them at the time (e.g. the Snake Creek beds as Pliocene).
/// </summary>
internal static class Gazetteer
{
    private static Stratum S(string spelling, string age, params string[] more) => new([spelling, .. more], age);

    private static Town T(string name, string? county, double latitude, double longitude) => new(name, county, latitude, longitude);

    private static District D(Town[] towns, string[] features, Stratum[] strata, params string[] remarks) => new(towns, features, strata, remarks);

    public static readonly Region[] Regions =
    [
        new("Wyo.", true,
        [
            D([T("Lusk", "Niobrara", 42.76, -104.45), T("Lance Creek", "Niobrara", 43.03, -104.65)], ["Lance Creek", "Buck Creek", "Schneider Creek", "Doegie Creek"],
              [S("Lance Fm.", "Upper Cretaceous", "Lance Formation", "Ceratops beds"), S("Fort Union Fm.", "Paleocene", "Fort Union")],
              "Triceratops horn", "Ceratopsian frags.", "mammal teeth from anthill"),
            D([T("Kemmerer", "Lincoln", 41.79, -110.54), T("Green River", "Sweetwater", 41.53, -109.47), T("Fort Bridger", "Uinta", 41.32, -110.39)],
              ["Fossil Butte", "Grizzly Buttes", "Twin Buttes", "Hams Fork", "Church Buttes", "Black's Fork"],
              [S("Green River Sh.", "Eocene", "Green River Formation"), S("Bridger Fm.", "Middle Eocene", "Bridger beds"), S("Wasatch Fm.", "Lower Eocene", "Wasatch")],
              "fish in split slabs", "turtles", "insects & plants"),
            D([T("Medicine Bow", "Carbon", 41.90, -106.20), T("Rock River", "Albany", 41.74, -105.97)], ["Como Bluff", "Bone Cabin", "Sheep Creek", "Freezeout Hills"],
              [S("Morrison Fm.", "Upper Jurassic", "Morrison Formation", "Atlantosaurus beds"), S("Sundance Fm.", "Upper Jurassic")],
              "Quarry No. 9", "sauropod bones", "Stegosaurus plates"),
            D([T("Lysite", "Fremont", 43.27, -107.69), T("Worland", "Washakie", 44.02, -107.96), T("Basin", "Big Horn", 44.38, -108.04)],
              ["Lost Cabin", "Badwater Creek", "Bighorn Basin", "Fifteenmile Creek", "No Water Creek"],
              [S("Wind River Fm.", "Eocene", "Wind River beds"), S("Wasatch Fm.", "Lower Eocene"), S("Willwood Fm.", "Lower Eocene")],
              "mammal jaws", "primate jaw"),
        ]),
        new("Mont.", true,
        [
            D([T("Jordan", "Garfield", 47.32, -106.91), T("Glendive", "Dawson", 47.11, -104.71), T("Miles City", "Custer", 46.41, -105.84)],
              ["Hell Creek", "Big Dry Creek", "Sand Creek", "Missouri River breaks"],
              [S("Hell Creek Fm.", "Upper Cretaceous", "Hell Creek beds"), S("Fort Union Fm.", "Paleocene")], "Triceratops horn", "Tyrannosaur bones"),
            D([T("Winifred", "Fergus", 47.56, -109.38), T("Havre", "Hill", 48.55, -109.68)], ["Judith River", "Cow Island", "Dog Creek", "Birch Creek"],
              [S("Judith River Fm.", "Upper Cretaceous", "Judith River beds"), S("Bearpaw Sh.", "Upper Cretaceous")], "hadrosaur bones", "turtle & croc."),
            D([T("Choteau", "Teton", 47.81, -112.18), T("Cut Bank", "Glacier", 48.63, -112.33)], ["Two Medicine River", "Milk River", "Landslide Butte"],
              [S("Two Medicine Fm.", "Upper Cretaceous")], "hadrosaur skeleton", "ankylosaur plates"),
            D([T("Big Timber", "Sweet Grass", 45.83, -109.95), T("Harlowton", "Wheatland", 46.43, -109.83), T("Bridger", "Carbon", 45.30, -108.91)],
              ["Crazy Mountains", "Sweet Grass Creek", "Pryor Mountains"],
              [S("Fort Union Fm.", "Paleocene"), S("Cloverly Fm.", "Lower Cretaceous"), S("Morrison Fm.", "Upper Jurassic")], "mammal teeth"),
            D([T("Three Forks", "Gallatin", 45.89, -111.55), T("White Sulphur Springs", "Meagher", 46.55, -110.90)], ["Gallatin River", "Little Belt Mountains", "Sixteenmile Creek"],
              [S("Belt series", "Algonkian"), S("Flathead Ss.", "Middle Cambrian"), S("Madison Ls.", "Mississippian", "Madison limestone")], "algal structures"),
        ]),
        new("Nebr.", true,
        [
            D([T("Harrison", "Sioux", 42.69, -103.88), T("Agate", "Sioux", 42.42, -103.79)], ["Carnegie Hill", "University Hill", "Niobrara River", "Sheep Creek", "Spoon Butte"],
              [S("Harrison Fm.", "Lower Miocene", "Harrison beds"), S("Arikaree Fm.", "Miocene"), S("Sheep Creek beds", "Miocene"), S("Snake Creek beds", "Pliocene")],
              "Moropus bones", "Daemonelix", "horse teeth", "camel bones"),
            D([T("Crawford", "Dawes", 42.68, -103.41), T("Chadron", "Dawes", 42.83, -103.00), T("Hay Springs", "Sheridan", 42.68, -102.69)],
              ["Toadstool Park", "Pine Ridge", "Hat Creek", "Big Cottonwood Creek"],
              [S("Brule clay", "Oligocene", "Brule Fm."), S("Chadron Fm.", "Oligocene", "Titanotherium beds")], "oreodont skulls", "titanothere"),
            D([T("Valentine", "Cherry", 42.87, -100.55), T("Ainsworth", "Brown", 42.55, -99.86)], ["Minnechaduza Creek", "Niobrara River", "Snake River falls"],
              [S("Valentine Fm.", "Pliocene"), S("Ogallala Fm.", "Pliocene")], "horse teeth", "mastodon tooth"),
        ]),
        new("S. Dak.", true,
        [
            D([T("Interior", "Jackson", 43.73, -101.98), T("Scenic", "Pennington", 43.78, -102.56), T("Wall", "Pennington", 43.99, -102.24), T("Kadoka", "Jackson", 43.83, -101.51)],
              ["Big Badlands", "Sheep Mountain", "Corral Draw", "Cedar Pass", "White River"],
              [S("White River beds", "Oligocene", "White River Fm."), S("Brule clay", "Oligocene"), S("Chadron Fm.", "Oligocene"), S("Rosebud beds", "Miocene")],
              "oreodont skulls", "turtles", "rodent jaws"),
            D([T("Edgemont", "Fall River", 43.30, -103.83), T("Hot Springs", "Fall River", 43.43, -103.47)], ["Cheyenne River", "Minnekahta", "Buffalo Gap"],
              [S("Lakota Ss.", "Lower Cretaceous"), S("Pierre Sh.", "Upper Cretaceous", "Pierre shale")], "cycad trunks"),
            D([T("Buffalo", "Harding", 45.58, -103.55), T("Lemmon", "Perkins", 45.94, -102.16)], ["Grand River", "Slim Buttes", "Cave Hills"],
              [S("Hell Creek Fm.", "Upper Cretaceous"), S("Fox Hills Ss.", "Upper Cretaceous"), S("Fort Union Fm.", "Paleocene")], "Triceratops frags."),
        ]),
        new("N. Dak.", true,
        [
            D([T("Marmarth", "Slope", 46.30, -103.92), T("Medora", "Billings", 46.91, -103.52)], ["Little Missouri River", "Sentinel Butte", "Chalky Buttes"],
              [S("Hell Creek Fm.", "Upper Cretaceous", "Lance Fm."), S("Fort Union Fm.", "Paleocene")], "Edmontosaurus bones"),
            D([T("Dickinson", "Stark", 46.88, -102.79), T("Mandan", "Morton", 46.83, -100.89)], ["Little Badlands", "Cannonball River", "Heart River"],
              [S("White River Fm.", "Oligocene"), S("Cannonball mbr.", "Paleocene"), S("Golden Valley Fm.", "Eocene")], "oreodont skulls"),
        ]),
        new("Colo.", true,
        [
            D([T("Canon City", "Fremont", 38.44, -105.24), T("Florence", "Fremont", 38.39, -105.12)], ["Garden Park", "Four Mile Creek", "Felch Quarry", "Oil Creek"],
              [S("Morrison Fm.", "Upper Jurassic", "Morrison Formation"), S("Harding Ss.", "Ordovician", "Harding sandstone")], "Stegosaurus plates"),
            D([T("Grand Junction", "Mesa", 39.06, -108.55), T("Fruita", "Mesa", 39.16, -108.73)], ["Riggs Hill", "Book Cliffs", "Colorado River"],
              [S("Morrison Fm.", "Upper Jurassic"), S("Dakota Ss.", "Upper Cretaceous")], "sauropod bones"),
            D([T("Golden", "Jefferson", 39.76, -105.22), T("Morrison", "Jefferson", 39.65, -105.19), T("Colorado Springs", "El Paso", 38.83, -104.82)],
              ["Table Mountain", "Dinosaur Ridge", "Garden of the Gods", "Bear Creek"],
              [S("Denver Fm.", "Upper Cretaceous"), S("Laramie Fm.", "Upper Cretaceous"), S("Fountain Fm.", "Pennsylvanian")], "plants", "leaves"),
            D([T("Sterling", "Logan", 40.63, -103.21), T("Grover", "Weld", 40.87, -104.23)], ["Pawnee Buttes", "Cedar Creek", "Horsetail Creek"],
              [S("White River Fm.", "Oligocene", "Oreodon beds"), S("Ogallala Fm.", "Pliocene")], "oreodont skulls", "Mesohippus jaws"),
        ]),
        new("Utah", true,
        [
            D([T("Jensen", "Uintah", 40.36, -109.35), T("Vernal", "Uintah", 40.46, -109.53), T("Ouray", "Uintah", 40.09, -109.67)],
              ["Carnegie Quarry", "Split Mountain", "Coyote Basin", "White River", "Green River"],
              [S("Morrison Fm.", "Upper Jurassic"), S("Uinta Fm.", "Upper Eocene", "Uinta beds"), S("Duchesne River Fm.", "Eocene")],
              "sauropod bones", "see quarry map"),
            D([T("Price", "Carbon", 39.60, -110.81), T("Cleveland", "Emery", 39.35, -110.85), T("Green River", "Emery", 38.99, -110.16)],
              ["San Rafael Swell", "Castle Valley", "Cedar Mountain"],
              [S("Mancos Sh.", "Upper Cretaceous"), S("North Horn Fm.", "Upper Cretaceous"), S("Green River Fm.", "Eocene")], "oysters & Inoceramus"),
            D([T("Delta", "Millard", 39.35, -112.58)], ["House Range", "Wheeler Amphitheater", "Antelope Spring", "Marjum Pass", "Swasey Peak"],
              [S("Wheeler Sh.", "Middle Cambrian", "Wheeler shale"), S("Marjum Ls.", "Middle Cambrian")], "Elrathia", "trilobites in shale"),
        ]),
        new("N. Mex.", true,
        [
            D([T("Cuba", "Sandoval", 36.02, -106.96), T("Farmington", "San Juan", 36.73, -108.22), T("Aztec", "San Juan", 36.82, -107.99)],
              ["Kimbetoh Wash", "Ojo Alamo", "Arroyo Torreon", "Gallina", "Nacimiento Mountains"],
              [S("Puerco Fm.", "Paleocene"), S("Torrejon Fm.", "Paleocene"), S("San Jose Fm.", "Lower Eocene", "Wasatch Fm."), S("Ojo Alamo Ss.", "Upper Cretaceous"),
               S("Kirtland Sh.", "Upper Cretaceous"), S("Fruitland Fm.", "Upper Cretaceous")], "mammal teeth", "jaws & teeth"),
            D([T("Abiquiu", "Rio Arriba", 36.21, -106.32), T("Santa Fe", "Santa Fe", 35.69, -105.94)], ["Ghost Ranch", "Chama River", "Arroyo Seco"],
              [S("Chinle Fm.", "Upper Triassic"), S("Abo Fm.", "Permian"), S("Santa Fe Fm.", "Miocene")], "phytosaur teeth"),
            D([T("Clovis", "Curry", 34.40, -103.20), T("Portales", "Roosevelt", 34.19, -103.33)], ["Blackwater Draw", "Anderson Basin"],
              [S("lake beds", "Pleistocene"), S("Ogallala Fm.", "Pliocene")], "mammoth tooth", "with artifacts?"),
        ]),
        new("Ariz.", true,
        [
            D([T("Holbrook", "Navajo", 34.90, -110.16), T("Adamana", "Apache", 34.98, -109.83), T("St. Johns", "Apache", 34.51, -109.36)],
              ["Petrified Forest", "Blue Mesa", "Little Colorado River", "Lithodendron Wash"],
              [S("Chinle Fm.", "Upper Triassic"), S("Moenkopi Fm.", "Lower Triassic")], "phytosaur teeth", "petrified wood", "amphibian skulls"),
            D([T("Benson", "Cochise", 31.97, -110.29), T("St. David", "Cochise", 31.90, -110.21), T("Safford", "Graham", 32.83, -109.71)],
              ["Curtis Ranch", "San Pedro Valley", "111 Ranch", "Gila River"],
              [S("Benson beds", "Pliocene", "San Pedro beds"), S("Gila conglomerate", "Pleistocene")], "horse teeth", "camel bones"),
            D([T("Flagstaff", "Coconino", 35.20, -111.65), T("Cameron", "Coconino", 35.88, -111.41)], ["Grand Canyon", "Bright Angel Trail", "Hermit Trail"],
              [S("Coconino Ss.", "Permian"), S("Kaibab Ls.", "Permian"), S("Bright Angel Sh.", "Middle Cambrian"), S("Tapeats Ss.", "Lower Cambrian")], "tracks"),
        ]),
        new("Tex.", false,
        [
            D([T("Seymour", "Baylor", 33.59, -99.26), T("Archer City", "Archer", 33.60, -98.63), T("Vernon", "Wilbarger", 34.15, -99.27)],
              ["Big Wichita River", "Coffee Creek", "Little Wichita River", "Rattlesnake Canyon"],
              [S("Wichita beds", "Permian"), S("Clear Fork beds", "Permian", "Clear Fork Fm.")], "Dimetrodon frags.", "amphibian bones", "bones in nodules"),
            D([T("Post", "Garza", 33.19, -101.38), T("Clarendon", "Donley", 34.94, -100.89), T("Big Spring", "Howard", 32.25, -101.48)],
              ["Tule Canyon", "Red Bluff", "Salt Fork"],
              [S("Clarendon beds", "Pliocene"), S("Blanco beds", "Pliocene"), S("Dockum beds", "Upper Triassic")], "horse teeth"),
            D([T("Alpine", "Brewster", 30.36, -103.66), T("Terlingua", "Brewster", 29.32, -103.62)], ["Big Bend", "Terlingua Creek", "Tornillo Flat"],
              [S("Aguja Fm.", "Upper Cretaceous"), S("Austin chalk", "Upper Cretaceous"), S("Goodland Ls.", "Lower Cretaceous")], "dinosaur frags.", "crocodile bones"),
        ]),
        new("Kans.", true,
        [
            D([T("Oakley", "Logan", 39.13, -100.85), T("Russell Springs", "Logan", 38.91, -101.17), T("Gove", "Gove", 38.96, -100.49)],
              ["Smoky Hill River", "Hackberry Creek", "Monument Rocks", "Twin Butte Creek"],
              [S("Niobrara chalk", "Upper Cretaceous", "Smoky Hill chalk"), S("Fort Hays Ls.", "Upper Cretaceous")], "mosasaur", "fish", "Pteranodon bones"),
            D([T("WaKeeney", "Trego", 39.02, -99.88), T("Long Island", "Phillips", 39.95, -99.53), T("Meade", "Meade", 37.29, -100.34)],
              ["Rhinoceros Hill", "Crooked Creek", "Big Creek"],
              [S("Ogallala Fm.", "Pliocene"), S("Rexroad Fm.", "Pliocene"), S("Meade gravels", "Pleistocene")], "rhino bones", "horse teeth"),
            D([T("Elmo", "Dickinson", 38.69, -97.22)], ["Elmo insect beds", "Banner Twp."], [S("Wellington Fm.", "Permian")], "insects"),
        ]),
        new("Oreg.", true,
        [
            D([T("Dayville", "Grant", 44.47, -119.53), T("Mitchell", "Wheeler", 44.57, -120.15), T("Spray", "Wheeler", 44.83, -119.79)],
              ["John Day River", "Turtle Cove", "Bridge Creek", "Sheep Rock", "Cove Creek"],
              [S("John Day Fm.", "Oligocene", "John Day beds"), S("Mascall Fm.", "Miocene"), S("Rattlesnake Fm.", "Pliocene")], "oreodont skulls", "leaves"),
            D([T("Fossil", "Wheeler", 44.99, -120.22)], ["Pine Creek", "Hancock canyon"], [S("Clarno Fm.", "Eocene")], "nuts & seeds"),
            D([T("Silver Lake", "Lake", 43.13, -121.05)], ["Fossil Lake", "Christmas Lake valley"], [S("Fossil Lake beds", "Pleistocene")], "bird bones", "horse & camel"),
        ]),
        new("Idaho", true,
        [
            D([T("Hagerman", "Twin Falls", 42.81, -114.90), T("Glenns Ferry", "Elmore", 42.95, -115.30), T("Grand View", "Owyhee", 42.99, -116.09)],
              ["Horse Quarry", "Snake River bluffs", "Sinker Creek"],
              [S("Idaho Fm.", "Pliocene", "Hagerman lake beds"), S("Glenns Ferry Fm.", "Pliocene")], "Plesippus skulls", "horse jaws"),
            D([T("American Falls", "Power", 42.78, -112.85)], ["American Falls reservoir", "Snake River"], [S("American Falls lake beds", "Pleistocene")], "bison skull"),
            D([T("Montpelier", "Bear Lake", 42.32, -111.30), T("Paris", "Bear Lake", 42.23, -111.40)], ["Georgetown Canyon", "Bear Lake"],
              [S("Phosphoria Fm.", "Permian"), S("Thaynes Ls.", "Lower Triassic")], "ammonites", "fish scales"),
        ]),
        new("Calif.", false,
        [
            D([T("Los Angeles", "Los Angeles", 34.06, -118.36)], ["Rancho La Brea", "San Pedro hill"], [S("asphalt deposit", "Pleistocene"), S("San Pedro sand", "Pleistocene")],
              "tar pit No. 3", "Smilodon bones"),
            D([T("Bakersfield", "Kern", 35.37, -119.02), T("Coalinga", "Fresno", 36.14, -120.36)], ["Sharktooth Hill", "Kern River", "Kettleman Hills"],
              [S("Temblor Fm.", "Miocene"), S("Etchegoin Fm.", "Pliocene")], "shark teeth", "whale vertebrae", "sea lion bones"),
            D([T("Lompoc", "Santa Barbara", 34.64, -120.46)], ["diatomite quarry", "Miguelito Canyon"], [S("Monterey Sh.", "Miocene", "Monterey shale")], "fish", "porpoise skull"),
            D([T("Barstow", "San Bernardino", 34.90, -117.02), T("Ricardo", "Kern", 35.37, -117.98)], ["Mud Hills", "Red Rock Canyon", "Rainbow Basin"],
              [S("Barstow Fm.", "Miocene"), S("Ricardo Fm.", "Pliocene")], "camel bones", "horse teeth"),
        ]),
        new("Nev.", false,
        [
            D([T("Eureka", "Eureka", 39.51, -115.96), T("Pioche", "Lincoln", 37.93, -114.45)], ["Prospect Mountain", "Ely Springs", "Highland Range"],
              [S("Prospect Mountain Ls.", "Lower Cambrian"), S("Pioche Sh.", "Lower Cambrian"), S("Eureka quartzite", "Ordovician")], "Olenellus", "trilobites"),
            D([T("Tonopah", "Nye", 38.07, -117.23), T("Winnemucca", "Humboldt", 40.97, -117.74)], ["Virgin Valley", "Cedar Mountain", "Esmeralda basin"],
              [S("Esmeralda Fm.", "Miocene"), S("Virgin Valley beds", "Miocene")], "leaves", "horse teeth"),
        ]),
        new("Md.", false,
        [
            D([T("Cumberland", "Allegany", 39.65, -78.76)], ["Cumberland Cave", "Western Maryland R. R. cut"], [S("cave deposit", "Pleistocene")], "cave fauna", "bear & peccary"),
            D([T("Chesapeake Beach", "Calvert", 38.69, -76.53), T("Plum Point", "Calvert", 38.61, -76.51), T("Solomons", "Calvert", 38.32, -76.45)],
              ["Calvert Cliffs", "Scientists Cliffs", "Parker Creek", "Drum Point"],
              [S("Calvert Fm.", "Miocene", "Calvert formation"), S("Choptank Fm.", "Miocene"), S("St. Marys Fm.", "Miocene")], "whale vertebrae", "porpoise skull", "shark teeth"),
            D([T("Muirkirk", "Prince Georges", 39.06, -76.89), T("Hancock", "Washington", 39.70, -78.18)], ["iron ore pits", "Contee pit", "Bladensburg road"],
              [S("Arundel clay", "Lower Cretaceous"), S("Patuxent Fm.", "Lower Cretaceous")], "Astrodon teeth", "lignite"),
        ]),
        new("Va.", false,
        [
            D([T("Yorktown", "York", 37.24, -76.51), T("Richmond", "Henrico", 37.54, -77.44)], ["York River", "James River bluffs", "Chuckatuck"],
              [S("Yorktown Fm.", "Miocene"), S("Calvert Fm.", "Miocene")], "Pecten", "whale vertebrae"),
            D([T("Fredericksburg", "Spotsylvania", 38.30, -77.46), T("Stafford", "Stafford", 38.42, -77.41)], ["Potomac Creek", "Rappahannock River", "Aquia Creek"],
              [S("Aquia Fm.", "Eocene"), S("Potomac group", "Lower Cretaceous")], "shark teeth", "plants"),
            D([T("Saltville", "Smyth", 36.88, -81.76)], ["Saltville valley", "salt works"], [S("valley deposits", "Pleistocene")], "musk ox skull", "mastodon"),
        ]),
        new("Fla.", false,
        [
            D([T("Vero", "St. Lucie", 27.64, -80.40), T("Melbourne", "Brevard", 28.08, -80.61)], ["Eau Gallie", "Crane Creek", "main canal"],
              [S("Melbourne bone bed", "Pleistocene")], "with human remains?", "ground sloth"),
            D([T("Bartow", "Polk", 27.90, -81.84), T("Mulberry", "Polk", 27.90, -81.97)], ["Peace River", "phosphate pits", "Pebble pits"],
              [S("Bone Valley Fm.", "Pliocene", "Bone Valley gravel"), S("Caloosahatchee marl", "Pliocene")], "mastodon tooth", "horse teeth"),
            D([T("Ocala", "Marion", 29.19, -82.14), T("Alachua", "Alachua", 29.79, -82.50)], ["Withlacoochee River", "Santa Fe River", "lime pit"],
              [S("Ocala Ls.", "Eocene"), S("Alachua clays", "Pliocene"), S("Hawthorn Fm.", "Miocene")], "sirenian ribs", "echinoids"),
        ]),
        new("N. Y.", false,
        [
            D([T("Trenton Falls", "Oneida", 43.27, -75.16), T("Utica", "Oneida", 43.10, -75.23), T("Rome", "Oneida", 43.21, -75.46)],
              ["West Canada Creek", "Mohawk River", "Nine Mile Creek"],
              [S("Trenton Ls.", "Ordovician", "Trenton limestone"), S("Utica Sh.", "Ordovician")], "trilobites", "bryozoans"),
            D([T("Troy", "Rensselaer", 42.73, -73.69), T("Schoharie", "Schoharie", 42.67, -74.31)], ["Hudson River", "Schoharie Creek", "Schodack Landing"],
              [S("Schodack Fm.", "Lower Cambrian"), S("Hamilton Sh.", "Devonian"), S("Onondaga Ls.", "Devonian")], "Olenellus"),
        ]),
        new("B. C.", false,
        [
            D([T("Field", null, 51.40, -116.49), T("Lake Louise", null, 51.43, -116.18)], ["Burgess Pass", "Mt. Stephen", "Mt. Field", "Kicking Horse Pass", "Walcott Quarry"],
              [S("Burgess Sh.", "Middle Cambrian", "Burgess shale"), S("Stephen Fm.", "Middle Cambrian"), S("Mt. Whyte Fm.", "Lower Cambrian")],
              "Marrella", "soft-bodied fauna", "phyllopod bed"),
        ]),
    ];

    /// <summary>Stock names for creeks, draws and buttes in the rectangular-survey West.</summary>
    public static readonly string[] FeatureStems =
    [
        "Cottonwood", "Willow", "Alkali", "Dry", "Lone Tree", "Badger", "Antelope", "Coyote", "Sheep", "Horse", "Rattlesnake",
        "Bitter", "Sand", "Red", "Elk", "Beaver", "Muddy", "Crow", "Spring", "Box Elder", "Cedar", "Pine", "Bear", "Wolf", "Porcupine",
    ];

    public static readonly string[] FeatureKinds = ["Creek", "Draw", "Butte", "Canyon", "Gulch", "Coulee", "Wash", "Flat"];

    public static readonly string[] Ranchers =
    [
        "Hansen", "Cook", "Ward", "Olson", "Walker", "Reed", "Baker", "Sheppard", "Curtis", "Anderson", "Peterson", "Hughes", "McKenna", "Bell", "Brown",
    ];
}
