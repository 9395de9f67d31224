namespace Transcribe.Core.Tests.Iiif.Fixtures;

/// <summary>Presentation 3 manifests: the IIIF cookbook's simplest one, and a ledger with image services and languages.</summary>
public static class PresentationV3Manifests
{
    /// <summary>Modelled on cookbook recipe 0001 ("Simplest Manifest - Single Image File"): no canvas label, no image service.</summary>
    public const string CookbookSingleImage = """
        {
          "@context": "http://iiif.io/api/presentation/3/context.json",
          "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/manifest.json",
          "type": "Manifest",
          "label": { "en": [ "Single Image Example" ] },
          "items": [
            {
              "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1",
              "type": "Canvas",
              "height": 1800,
              "width": 1200,
              "items": [
                {
                  "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/page/p1/1",
                  "type": "AnnotationPage",
                  "items": [
                    {
                      "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/annotation/p0001-image",
                      "type": "Annotation",
                      "motivation": "painting",
                      "body": {
                        "id": "http://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png",
                        "type": "Image",
                        "format": "image/png",
                        "height": 1800,
                        "width": 1200
                      },
                      "target": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1"
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;

    /// <summary>
    /// A four-page catalogue, valid Presentation 3. Page 1: an auth service listed before a level 1
    /// ImageService3, label with no language. Page 2: English and French labels. Page 3: a Choice
    /// of natural-light and ultraviolet images, the first with a level 2 service limited to
    /// maxWidth 3000 and its own pixel size. Page 4: no label, an embedded ImageService2 spelled
    /// with @id/@type as 3 allows for older services.
    /// </summary>
    public const string CatalogueWithServices = """
        {
          "@context": "http://iiif.io/api/presentation/3/context.json",
          "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/manifest",
          "type": "Manifest",
          "label": { "en": [ "Paleobiology catalogue, vol. 7" ], "fr": [ "Catalogue de paléobiologie, vol. 7" ] },
          "summary": { "en": [ "Specimen catalogue of the Division of Paleontology." ] },
          "metadata": [
            { "label": { "en": [ "Date" ] }, "value": { "none": [ "1925-1931" ] } },
            { "label": { "en": [ "Department" ], "fr": [ "Département" ] }, "value": { "en": [ "Paleobiology" ], "fr": [ "Paléobiologie" ] } },
            { "label": { "en": [ "Subject" ] }, "value": { "en": [ "Fossils", "Invertebrates" ] } }
          ],
          "requiredStatement": {
            "label": { "en": [ "Attribution" ] },
            "value": { "en": [ "<span>Courtesy of the <b>Smithsonian Institution</b></span>" ] }
          },
          "rights": "http://creativecommons.org/publicdomain/zero/1.0/",
          "provider": [ { "id": "https://collections.example.org", "type": "Agent", "label": { "en": [ "Example Museum" ] } } ],
          "behavior": [ "paged" ],
          "items": [
            {
              "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/1",
              "type": "Canvas",
              "label": { "none": [ "1r" ] },
              "height": 4000,
              "width": 3000,
              "items": [
                {
                  "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/1/page",
                  "type": "AnnotationPage",
                  "items": [
                    {
                      "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/1/painting",
                      "type": "Annotation",
                      "motivation": "painting",
                      "body": {
                        "id": "https://images.example.org/iiif/3/cat7-0001/full/max/0/default.jpg",
                        "type": "Image",
                        "format": "image/jpeg",
                        "height": 4000,
                        "width": 3000,
                        "service": [
                          { "id": "https://images.example.org/auth/probe/cat7-0001", "type": "AuthProbeService2" },
                          { "id": "https://images.example.org/iiif/3/cat7-0001", "type": "ImageService3", "profile": "level1" }
                        ]
                      },
                      "target": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/1"
                    }
                  ]
                }
              ]
            },
            {
              "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/2",
              "type": "Canvas",
              "label": { "fr": [ "feuillet 1v" ], "en": [ "folio 1v" ] },
              "height": 4000,
              "width": 3000,
              "items": [
                {
                  "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/2/page",
                  "type": "AnnotationPage",
                  "items": [
                    {
                      "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/2/painting",
                      "type": "Annotation",
                      "motivation": "painting",
                      "body": {
                        "id": "https://images.example.org/iiif/3/cat7-0002/full/max/0/default.jpg",
                        "type": "Image",
                        "format": "image/jpeg",
                        "service": [ { "id": "https://images.example.org/iiif/3/cat7-0002", "type": "ImageService3", "profile": "level2" } ]
                      },
                      "target": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/2"
                    }
                  ]
                }
              ]
            },
            {
              "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/3",
              "type": "Canvas",
              "label": { "en": [ "2r" ] },
              "height": 1600,
              "width": 1200,
              "items": [
                {
                  "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/3/page",
                  "type": "AnnotationPage",
                  "items": [
                    {
                      "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/3/painting",
                      "type": "Annotation",
                      "motivation": "painting",
                      "body": {
                        "type": "Choice",
                        "items": [
                          {
                            "id": "https://images.example.org/iiif/3/cat7-0003-natural/full/max/0/default.jpg",
                            "type": "Image",
                            "format": "image/jpeg",
                            "label": { "en": [ "Natural light" ] },
                            "width": 6000,
                            "height": 8000,
                            "service": [ {
                              "id": "https://images.example.org/iiif/3/cat7-0003-natural",
                              "type": "ImageService3",
                              "profile": "level2",
                              "maxWidth": 3000
                            } ]
                          },
                          {
                            "id": "https://images.example.org/iiif/3/cat7-0003-uv/full/max/0/default.jpg",
                            "type": "Image",
                            "format": "image/jpeg",
                            "label": { "en": [ "Ultraviolet" ] }
                          }
                        ]
                      },
                      "target": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/3"
                    }
                  ]
                }
              ]
            },
            {
              "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/4",
              "type": "Canvas",
              "height": 4000,
              "width": 3000,
              "items": [
                {
                  "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/4/page",
                  "type": "AnnotationPage",
                  "items": [
                    {
                      "id": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/4/painting",
                      "type": "Annotation",
                      "motivation": "painting",
                      "body": {
                        "id": "https://legacy.example.org/iiif/2/cat7-0004/full/full/0/default.jpg",
                        "type": "Image",
                        "format": "image/jpeg",
                        "service": [ {
                          "@id": "https://legacy.example.org/iiif/2/cat7-0004",
                          "@type": "ImageService2",
                          "profile": "http://iiif.io/api/image/2/level2.json"
                        } ]
                      },
                      "target": "https://collections.example.org/iiif/ledger/usnm-pal-cat-7/canvas/4"
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;

    /// <summary>A manifest of <paramref name="count"/> canvases, each painted with a level 0 service; for the limits.</summary>
    public static string WithCanvases(int count) =>
        $$"""
        {
          "@context": "http://iiif.io/api/presentation/3/context.json",
          "id": "https://example.org/iiif/many/manifest",
          "type": "Manifest",
          "label": { "en": [ "Many pages" ] },
          "items": [ {{string.Join(",", Enumerable.Range(1, count).Select(Canvas))}} ]
        }
        """;

    /// <summary>One canvas painted with a level 0 image service, as the other tests' building block.</summary>
    public static string Canvas(int n) =>
        $$"""
        {
          "id": "https://example.org/iiif/many/canvas/{{n}}",
          "type": "Canvas",
          "height": 1000,
          "width": 800,
          "items": [ {
            "id": "https://example.org/iiif/many/canvas/{{n}}/page",
            "type": "AnnotationPage",
            "items": [ {
              "id": "https://example.org/iiif/many/canvas/{{n}}/painting",
              "type": "Annotation",
              "motivation": "painting",
              "body": {
                "id": "https://example.org/iiif/img{{n}}/full/max/0/default.jpg",
                "type": "Image",
                "format": "image/jpeg",
                "service": [ { "id": "https://example.org/iiif/img{{n}}", "type": "ImageService3", "profile": "level0" } ]
              },
              "target": "https://example.org/iiif/many/canvas/{{n}}"
            } ]
          } ]
        }
        """;
}
